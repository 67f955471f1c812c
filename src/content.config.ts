// Content collections: one documented schema per content type.
// A file that breaks a schema fails `astro build` / `astro check` with a message naming the file and the field.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { TOPIC_IDS } from './lib/topics.ts';
import { questionSchema } from './lib/quiz/question-schema.ts';

/** A source is a note file from ../shared/notes/ (e.g. "002_c43e3ebb41ccfa9c.txt") or an AWS documentation URL. */
const sourceSchema = z.union([
  z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: '노트 파일 이름(000_….txt) 또는 AWS 문서 URL이어야 합니다' }),
  z.url({ protocol: /^https$/, hostname: /(^|\.)(aws\.amazon\.com|docs\.aws\.amazon\.com|amazonaws\.cn|repost\.aws)$/ }),
]);

const lessons = defineCollection({
  loader: glob({ base: './src/content/lessons', pattern: '**/[^_]*.mdx' }),
  schema: z.strictObject({
    /** Lesson title as shown in the sidebar and the page heading. */
    title: z.string().min(2),
    /** One or two sentences: what the lesson teaches. Used for meta description and cards. */
    description: z.string().min(10),
    /** Position in the course (1-based, unique). Sidebar and previous/next follow it. */
    order: z.number().int().positive(),
    /** Topic group for the sidebar and the home page's topic map. */
    topic: z.enum(TOPIC_IDS),
    /** What the learner can do after the lesson. */
    objectives: z.array(z.string().min(2)).min(1),
    /** 3–7 one-line points; the instructor's presenter view shows them as slides. */
    keyPoints: z.array(z.string().min(2)).min(3).max(7),
    /** Note files and AWS documentation pages the lesson was written from and checked against. */
    sources: z.array(sourceSchema).min(1),
  }),
});

const glossary = defineCollection({
  loader: file('./src/content/glossary/terms.yaml'),
  schema: z.strictObject({
    /** Stable id, also the anchor on /glossary/ (lower-case ASCII, dashes). */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Korean term as the lessons use it. */
    ko: z.string().min(1),
    /** English term as the AWS console shows it. */
    en: z.string().min(1),
    /** Abbreviation, if AWS uses one (ASG, ALB, AMI…). */
    abbr: z.string().optional(),
    /** Other spellings learners type (오토스케일링, 오토 스케일링…). */
    aliases: z.array(z.string()).default([]),
    /** One sentence, Korean. */
    definition: z.string().min(5),
    /** Lesson id (file name without .mdx) that teaches the term. */
    lesson: z.string().min(1),
    /** Section anchor inside that lesson. */
    section: z.string().min(1),
  }),
});

const questions = defineCollection({
  loader: glob({ base: './src/content/questions', pattern: '**/[^_]*.yaml' }),
  schema: z.strictObject({
    /** Lesson id these questions belong to (the file usually has the same name). */
    lesson: z.string().min(1),
    questions: z.array(questionSchema).min(1),
  }),
});

export const collections = { lessons, glossary, questions };
