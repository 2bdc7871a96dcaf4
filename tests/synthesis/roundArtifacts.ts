import { between, pick, sectionTitle, type Random } from './roundText';
import { REPLACEMENT_CHARACTER, normalizeSameLength } from './textNormal';

export type ArtifactKind =
  | 'heading' | 'selfLabel' | 'footnoteMarker' | 'footnoteLine' | 'noiNhan' | 'recipientLine'
  | 'signatureLine' | 'signer' | 'pageNumber' | 'replacementChar';

export interface PlantedArtifact {
  kind: ArtifactKind;
  text: string;
}

/** What a unit pastes from its own Word file; chosen per text. */
export type ArtifactPlan = 'heading' | 'selfLabel' | 'footnote' | 'signature' | 'pageNumber' | 'replacementChar';
export const ARTIFACT_PLANS: ArtifactPlan[] = ['heading', 'selfLabel', 'footnote', 'signature', 'pageNumber', 'replacementChar'];

export interface ArtifactContext {
  style: 'dev' | 'heldout';
  section: string;
  unitName: string;
  unitCode: string;
  signer: string;
  /** Lower-case strings that must stay intact (probes, fact names, unit names). */
  protect: string[];
}

interface Lines {
  lines: string[];
  planted: PlantedArtifact[];
}

function headingLine(ctx: ArtifactContext, rand: Random): string {
  const title = sectionTitle(ctx.section);
  if (ctx.style === 'dev') return `${ctx.section}. ${title}`;
  const number = ctx.section.includes('.') && rand() < 0.5 ? ctx.section.split('.')[1] : ctx.section;
  return `${number}. ${title.toLocaleUpperCase('vi')}`;
}

/** Puts `marker` right after a word of the first line, away from protected text. */
function insertAfterWord(line: string, marker: string, ctx: ArtifactContext, rand: Random): string {
  const spots = candidateSpots(line, ctx, (text, i) => text[i] === ' ' && /\p{L}/u.test(text[i - 1] ?? ''));
  if (spots.length === 0) return `${line}${marker}`;
  const at = pick(rand, spots);
  return line.slice(0, at) + marker + line.slice(at);
}

function candidateSpots(line: string, ctx: ArtifactContext, ok: (text: string, i: number) => boolean): number[] {
  const lower = normalizeSameLength(line);
  const blocked = new Array<boolean>(line.length + 1).fill(false);
  for (const p of ctx.protect) {
    for (let at = lower.indexOf(p); at >= 0; at = lower.indexOf(p, at + 1)) {
      for (let i = Math.max(0, at - 1); i <= at + p.length; i++) blocked[i] = true;
    }
  }
  const spots: number[] = [];
  for (let i = 1; i < line.length; i++) if (!blocked[i] && ok(line, i)) spots.push(i);
  return spots;
}

function plantOne(plan: ArtifactPlan, state: Lines, ctx: ArtifactContext, rand: Random): void {
  const { lines, planted } = state;
  const dev = ctx.style === 'dev';
  switch (plan) {
    case 'heading': {
      const line = headingLine(ctx, rand);
      lines.unshift(line);
      planted.push({ kind: 'heading', text: line });
      return;
    }
    case 'selfLabel': {
      const first = lines.findIndex((l) => l.length > 40);
      if (dev) {
        const label = `${ctx.unitName}:`;
        lines[first] = `${label} ${lines[first]}`;
        planted.push({ kind: 'selfLabel', text: label });
      } else {
        const label = `(${ctx.unitCode}), mục ${ctx.section}`;
        lines.splice(first, 0, label);
        planted.push({ kind: 'selfLabel', text: label });
      }
      return;
    }
    case 'footnote': {
      const markers = dev ? ['¹'] : ['²', '³'];
      const body = lines.findIndex((l) => l.length > 40);
      for (const m of markers) lines[body] = insertAfterWord(lines[body], m, ctx, rand);
      const notes = dev
        ? [`¹ Kế hoạch số ${between(rand, 10, 99)}-KH/ĐU ngày ${between(rand, 1, 28)}/7/2026 của Ban Thường vụ Đảng ủy.`]
        : [`² Công văn số ${between(rand, 100, 400)}-CV/ĐU ngày ${between(rand, 1, 28)}/8/2026 của Đảng ủy.`, '³ Số liệu do Văn phòng Đảng ủy tổng hợp đến ngày 10/9/2026.'];
      lines.push(...notes);
      for (const m of markers) planted.push({ kind: 'footnoteMarker', text: m });
      for (const n of notes) planted.push({ kind: 'footnoteLine', text: n });
      return;
    }
    case 'signature': {
      const recipients = dev ? ['- Như trên;', '- Lưu VP.'] : ['- Ban Tuyên giáo và Dân vận Tỉnh ủy;', '- Lưu VT.'];
      const titles = dev ? ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', '(Đã ký)'] : ['K/T BÍ THƯ', 'PHÓ BÍ THƯ'];
      lines.push('Nơi nhận:', ...recipients, ...titles, ctx.signer);
      planted.push({ kind: 'noiNhan', text: 'Nơi nhận:' });
      for (const r of recipients) planted.push({ kind: 'recipientLine', text: r });
      for (const t of titles) planted.push({ kind: 'signatureLine', text: t });
      planted.push({ kind: 'signer', text: ctx.signer });
      return;
    }
    case 'pageNumber': {
      const page = between(rand, 2, 6);
      const line = dev ? `- ${page} -` : rand() < 0.5 ? `Trang ${page}/${page + between(rand, 1, 4)}` : String(page);
      lines.splice(Math.max(1, lines.length - 1), 0, line);
      planted.push({ kind: 'pageNumber', text: line });
      return;
    }
    case 'replacementChar': {
      let replaced = false;
      for (let t = 0; t < (dev ? 1 : 2); t++) {
        const i = lines.findIndex((l) => l.length > 40);
        const spots = candidateSpots(lines[i], ctx, (text, at) => /[^\x20-\x7e]/.test(text[at]) && /\p{L}/u.test(text[at]));
        if (spots.length === 0) continue;
        const at = pick(rand, spots);
        lines[i] = lines[i].slice(0, at) + REPLACEMENT_CHARACTER + lines[i].slice(at + 1);
        replaced = true;
      }
      if (replaced) planted.push({ kind: 'replacementChar', text: REPLACEMENT_CHARACTER });
      return;
    }
  }
}

/** Plants the chosen artifacts in a text whose paragraphs are separated by line breaks. */
export function plantArtifacts(text: string, plans: ArtifactPlan[], ctx: ArtifactContext, rand: Random): { text: string; planted: PlantedArtifact[] } {
  const state: Lines = { lines: text.split('\n'), planted: [] };
  // The order a pasted page shows them: label and footnotes in the body first, then the page's frame.
  const order: ArtifactPlan[] = ['replacementChar', 'footnote', 'selfLabel', 'pageNumber', 'signature', 'heading'];
  for (const plan of order) if (plans.includes(plan)) plantOne(plan, state, ctx, rand);
  return { text: state.lines.join('\n'), planted: state.planted };
}
