// The files of a built site (dist/) as the URLs they are served at. Node-only, for build scripts and checks.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dist`, as its URL path: "/lessons/ami/index.html", "/sw.js". */
export function builtFiles(dist: string, prefix = ''): string[] {
  return readdirSync(join(dist, prefix)).flatMap((name) => {
    const path = `${prefix}/${name}`;
    return statSync(join(dist, path)).isDirectory() ? builtFiles(dist, path) : [path];
  });
}

/** The URL a built file is served at: a folder's index.html as the folder ("/lessons/ami/"). */
export function pageUrl(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/** The HTML pages of a build: the file (URL path of the .html) and the URL it is served at. */
export function builtPages(dist: string): { file: string; url: string }[] {
  return builtFiles(dist).filter((f) => f.endsWith('.html')).sort().map((file) => ({ file, url: pageUrl(file) }));
}
