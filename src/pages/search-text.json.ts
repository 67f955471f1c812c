// /search-text.json: the excerpts of /search-index.json's entries, in the same order (loaded after the first query).
import type { APIRoute } from 'astro';
import { indexShards, jsonResponse } from '~/lib/search/build-index.ts';

export const prerender = true;

export const GET: APIRoute = async () => jsonResponse((await indexShards()).text);
