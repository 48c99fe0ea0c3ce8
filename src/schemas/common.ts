import { z } from 'astro/zod';

/** A non-empty string, trimmed: staff often leave stray spaces in YAML. */
export const text = () => z.string().trim().min(1, 'không được để trống');

/** A lowercase ASCII slug used as a stable id in URLs and references. */
export const slug = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "tram-y-te"');

/** An absolute http(s) URL or a path on this site. */
export const link = () =>
  z.string().refine((value) => /^https?:\/\/\S+$/.test(value) || /^\/\S*$/.test(value), {
    message: 'phải là địa chỉ bắt đầu bằng https:// hoặc đường dẫn trong trang bắt đầu bằng /',
  });

/** A calendar date written as YYYY-MM-DD in YAML or JSON. */
export const isoDate = () => z.coerce.date({ error: 'phải là ngày dạng YYYY-MM-DD' });
