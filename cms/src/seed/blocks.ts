/** Strapi rich-text blocks for the seed's texts, written as short calls (p, h2, h3, ul). */
import type { Block } from './press-release';

type Text = { type: 'text'; text: string };
type ListBlock = { type: 'list'; format: 'unordered'; children: { type: 'list-item'; children: Text[] }[] };
export type RichBlock = Block | ListBlock;

const t = (text: string): Text => ({ type: 'text', text });
export const p = (text: string): RichBlock => ({ type: 'paragraph', children: [t(text)] });
export const h2 = (text: string): RichBlock => ({ type: 'heading', level: 2, children: [t(text)] });
export const h3 = (text: string): RichBlock => ({ type: 'heading', level: 3, children: [t(text)] });
export const ul = (...items: string[]): RichBlock => ({
  type: 'list',
  format: 'unordered',
  children: items.map((item) => ({ type: 'list-item', children: [t(item)] })),
});
