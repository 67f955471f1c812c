// /search-index.json: the names shard (lesson sections, glossary terms, tool pages without excerpts), all the
// first search needs. Excerpts and quiz prompts are separate shards (src/lib/search/shards.ts).
import type { APIRoute } from 'astro';
import { indexShards, jsonResponse } from '~/lib/search/build-index.ts';

export const prerender = true;

export const GET: APIRoute = async () => jsonResponse((await indexShards()).names);
