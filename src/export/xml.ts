/** What XML text and attribute values must escape; characters XML 1.0 forbids are dropped. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export const escapeXml = (value: string | number): string => String(value).replace(FORBIDDEN, '').replace(/[&<>"']/g, (char) => ENTITIES[char]);
