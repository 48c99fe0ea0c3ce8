import { z } from 'astro/zod';
import { sourceSchema } from './article.ts';
import { text } from './common.ts';

/** A self-check question at the end of a lesson, with its answer and why. */
export const lessonQuestionSchema = z
  .strictObject({
    /** The question, as the reader sees it. */
    question: text(),
    /** Two to four answers to choose from. */
    options: z.array(text()).min(2, 'cần ít nhất 2 phương án').max(4, 'tối đa 4 phương án'),
    /** Which option is right, counted from 1 (1 = the first option). */
    answer: z.int('phải là số thứ tự của phương án đúng, ví dụ 2').min(1, 'đếm từ 1'),
    /** Why that answer is right, in one or two sentences. */
    explanation: text(),
  })
  .refine((q) => q.answer <= q.options.length, { message: 'số thứ tự đáp án lớn hơn số phương án', path: ['answer'] });

/** Front matter of a lesson of the basic-knowledge course (/kien-thuc/). */
export const lessonSchema = z.strictObject({
  /** Position in the course, from 1; each lesson has its own number. */
  order: z.int('phải là số nguyên, ví dụ 1').min(1, 'đếm từ 1'),
  /** Title, in Vietnamese with full diacritics. */
  title: text().max(120, 'tiêu đề tối đa 120 ký tự'),
  /** One or two sentences for the course page, search results and link previews. */
  description: text().max(200, 'mô tả tối đa 200 ký tự'),
  /** Laws, the plan and pages the lesson relies on. */
  sources: z.array(sourceSchema).min(1, 'bài học cần ít nhất một nguồn'),
  /** Two to four questions the reader answers at the end. */
  questions: z.array(lessonQuestionSchema).min(2, 'cần 2 đến 4 câu hỏi tự kiểm tra').max(4, 'cần 2 đến 4 câu hỏi tự kiểm tra'),
});

export type LessonData = z.infer<typeof lessonSchema>;
export type LessonQuestion = z.infer<typeof lessonQuestionSchema>;
