// IPv4 addresses and CIDR blocks as numbers, for containment checks. Parsers never throw on user input.
export interface Cidr {
  /** Network address as an unsigned 32-bit number (host bits cleared). */
  base: number;
  prefix: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseIpv4(text: string): Parsed<number> {
  const parts = text.trim().split('.');
  if (parts.length !== 4) return { ok: false, error: `IPv4 주소 형식(예: 203.0.113.7)이 아닙니다: ${text.trim() || '(빈 값)'}` };
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) {
      return { ok: false, error: `IPv4 주소의 각 자리는 0–255의 숫자여야 합니다 (${text.trim()}).` };
    }
    value = value * 256 + Number(part);
  }
  return { ok: true, value };
}

function mask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** `10.0.0.0/16`; a bare address is read as /32. Host bits must be zero, as the console requires. */
export function parseCidr(text: string): Parsed<Cidr> {
  const trimmed = text.trim();
  const [address = '', prefixText, ...rest] = trimmed.split('/');
  if (rest.length > 0) return { ok: false, error: `CIDR 형식(예: 203.0.113.7/32)이 아닙니다: ${trimmed}` };
  const ip = parseIpv4(address);
  if (!ip.ok) return ip;
  const prefix = prefixText === undefined ? 32 : /^\d{1,2}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32) {
    return { ok: false, error: `CIDR의 접두사 길이는 /0부터 /32까지입니다: ${trimmed}` };
  }
  const base = (ip.value & mask(prefix)) >>> 0;
  if (base !== ip.value) {
    return { ok: false, error: `호스트 부분이 0이 아닙니다(${trimmed}). 네트워크 주소 ${formatIpv4(base)}/${prefix} 형태로 쓰세요.` };
  }
  return { ok: true, value: { base, prefix } };
}

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => String((value >>> shift) & 255)).join('.');
}

export function formatCidr(cidr: Cidr): string {
  return `${formatIpv4(cidr.base)}/${cidr.prefix}`;
}

/** Whether every address of `inner` lies in `outer`. */
export function contains(outer: Cidr, inner: Cidr): boolean {
  return outer.prefix <= inner.prefix && ((inner.base & mask(outer.prefix)) >>> 0) === outer.base;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return contains(a, b) || contains(b, a);
}

/** Contains for CIDR texts the model itself wrote; a malformed one contains nothing. */
export function cidrContains(outer: string, inner: string): boolean {
  const a = parseCidr(outer);
  const b = parseCidr(inner);
  return a.ok && b.ok && contains(a.value, b.value);
}

export function cidrOverlaps(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  return x.ok && y.ok && overlaps(x.value, y.value);
}
