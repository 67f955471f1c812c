// `npm run classroom`: builds the site, then serves it with the live classroom on port 4322 (or PORT), reachable
// from students' phones on the same network. Rooms are kept in .classroom/rooms.sqlite (or CLASSROOM_DB).
import { existsSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { startClassroom } from './app.ts';

const root = process.cwd();
const distDir = join(root, 'dist');
if (!existsSync(join(distDir, 'question-bank.json'))) {
  console.error('dist/가 없습니다. 먼저 `npm run build`로 사이트를 빌드하세요 (`npm run classroom`은 빌드부터 합니다).');
  process.exit(1);
}
const port = Number(process.env['PORT'] ?? 4322);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT 값(${process.env['PORT']})이 포트 번호가 아닙니다.`);
  process.exit(1);
}
const lan = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
  .map((a) => a?.address ?? '');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const classroom = await startClassroom({
  distDir,
  dbPath: process.env['CLASSROOM_DB'] ?? join(root, '.classroom', 'rooms.sqlite'),
  port,
  host: process.env['HOST'] ?? '0.0.0.0',
  version,
  publicBase: lan[0] ? `http://${lan[0]}:${port}` : null,
  createBurst: Number(process.env['CLASSROOM_CREATE_BURST'] ?? 5),
  log: (line) => console.log(line),
});

console.log(`실시간 수업 서버가 켜졌습니다 (포트 ${classroom.port}).`);
console.log(`  강사: 이 컴퓨터에서 http://localhost:${classroom.port}/review/ 를 열고 "실시간 수업 시작"을 누르세요.`);
for (const address of lan) console.log(`  학생: 같은 네트워크의 휴대폰에서 http://${address}:${classroom.port}/live/`);
if (lan.length === 0) console.log('  (이 컴퓨터의 로컬 네트워크 주소를 찾지 못했습니다. 학생은 이 컴퓨터의 IP 주소로 접속합니다.)');

const stop = () => {
  void classroom.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
