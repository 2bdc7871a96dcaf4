import { SaxesParser, type SaxesTagPlain } from 'saxes';

/** Thrown while reading a part: the file goes to SheetJS with this message as the reason. */
export class HandOver extends Error {}

/** Parts are UTF-8, as Excel and the other writers save them. */
export const UTF8 = new TextDecoder('utf-8');

export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Parses a part with saxes, strictly: a well-formedness error, a DTD or an unknown entity hands the file over. */
export function parseXml(source: Uint8Array | string, handlers: { open?: (tag: SaxesTagPlain) => void; close?: (name: string) => void; text?: (text: string) => void }): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('error', (error) => {
    throw new HandOver(`XML: ${error.message}`);
  });
  parser.on('doctype', () => {
    throw new HandOver('XML with a DOCTYPE');
  });
  const { open, close, text } = handlers;
  if (open) parser.on('opentag', (tag) => open(tag as SaxesTagPlain));
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.write(typeof source === 'string' ? source : UTF8.decode(source)).close();
}

/** `_x000D_` and the like: how OOXML writes characters XML cannot carry; `_x005F_` escapes the underscore. */
export const decodeOoxmlEscapes = (text: string) => (text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text);
