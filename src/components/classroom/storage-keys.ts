// sessionStorage keys shared by the room-creating button and the projector: the room secret never leaves this tab.
export const SECRET_KEY = (code: string) => `ec2lab.live.secret.${code}`;
export const JOIN_KEY = (code: string) => `ec2lab.live.join.${code}`;
