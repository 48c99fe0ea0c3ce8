import { z } from 'astro/zod';
import { parseVietnamesePhone } from '../features/support/lib/phone.ts';
import { duplicateIds, httpsUrl, slug, text } from './common.ts';

/** One unit of the ward's People's Committee or a socio-political organisation of the ward. */
export const unitSchema = z.strictObject({
  /** Stable id used by indicators and tasks, e.g. "tram-y-te". */
  id: slug(),
  /** Full name as the plan writes it, e.g. "Trạm y tế phường". */
  name: text(),
  /** Short name for tables on small screens. */
  shortName: text(),
  /** Whether the unit belongs to the People's Committee or is an organisation the plan asks to take part. */
  kind: z.enum(['co-quan', 'to-chuc']),
});

/** One number of the emergency box that every page shows first: a national line a person in danger calls. */
export const emergencyNumberSchema = z
  .strictObject({
    /** The number as dialled, e.g. "113"; it must also be a published line of the support directory. */
    phone: text(),
    /** Who answers, e.g. "Công an". */
    name: text(),
    /** Cost and hours as the directory's source gives them, e.g. "Miễn phí, 24/7". */
    note: text().optional(),
  })
  .superRefine((line, ctx) => {
    const parsed = parseVietnamesePhone(line.phone);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['phone'], message: parsed.message });
  });

/** The ward's identity: everything ward-specific that the code needs, in one file. */
export const wardSchema = z.strictObject({
  /** Name of the ward as written in documents, e.g. "phường Lê Chân". */
  name: text(),
  /** The city the ward belongs to. */
  city: text(),
  /** Postal address of the People's Committee; null until staff enter a verified one. */
  address: text().nullable(),
  /** Name of the issuing People's Committee. */
  committee: text(),
  /** The site's public URL, used for the sitemap, feeds and share links. */
  siteUrl: httpsUrl('phải là địa chỉ đầy đủ bắt đầu bằng https://, ví dụ https://binhdanggioi.tenphuong.gov.vn'),
  /** Short name of the site shown in the header. */
  siteName: text(),
  /** A neutral Vietnamese website the quick-exit button leaves for. */
  quickExitUrl: httpsUrl('phải là địa chỉ đầy đủ của một trang trung lập, bắt đầu bằng https://'),
  /** The emergency box, first line first: the first is the number to call in danger ("gọi 113"). */
  emergency: z.array(emergencyNumberSchema).min(1, 'cần ít nhất một số khẩn cấp, ví dụ 113 (Công an)'),
  /** The units of the People's Committee and the organisations named in the plan. */
  units: z
    .array(unitSchema)
    .min(1)
    .superRefine((units, ctx) => {
      for (const { index, id, first } of duplicateIds(units.map((u) => u.id))) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `"${id}" bị trùng với đơn vị thứ ${first + 1}; mỗi id chỉ dùng một lần` });
      }
    }),
});

export type Ward = z.infer<typeof wardSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type EmergencyNumber = z.infer<typeof emergencyNumberSchema>;
