import type { OutlineEntry, OutlineIndex } from './outlineMatch';
import type { Open } from './finishPlacement';
import type { Certainty } from './placement';
import { GROUP_KINDS, headingOf, NUMBERED_KINDS, type Candidate } from './headingCandidates';
import type { WordLine } from './wordLines';
import { LIKELY, MERGED, OutlineRanking, PLAIN, SURE, UNNUMBERED } from './outlineRanking';

/*
 * The walk through a unit's Word report: which lines head which part or section of the đề cương, by
 * label, order and title together. What is sure is placed; what is likely is placed and shown; what
 * cannot be told is left to the officer, never guessed.
 */

/** The walk through a report's lines: the part and section it is in, and what it has placed so far. */
export class OutlineWalk extends OutlineRanking {
  readonly done: Open[] = [];
  private readonly used = new Set<string>();
  private lastOrder = -1;
  /** Numbered parts before the đề cương's first ("I. ĐẶC ĐIỂM TÌNH HÌNH"): every number after them is shifted. */
  private setAside = 0;
  private group: OutlineEntry | null = null;
  private open: Open = { codes: [], heading: '', paragraphs: [], certainty: 'decide', reason: 'Đoạn trước mục đầu tiên, chưa rõ thuộc mục nào.' };

  constructor(
    outline: OutlineIndex,
    private readonly structured: boolean,
    /** The report numbers its sections ("1.", "2.1.", "II.1"). */
    private readonly numbered: boolean,
  ) {
    super(outline);
  }

  text(line: string) {
    if (line) this.open.paragraphs.push(line);
  }

  /** A short line set as plain text that says a section still ahead: a heading the unit did not mark, maybe; its section is shown. */
  plainLine(line: WordLine) {
    // A numbered line may end with a full stop ("2. Kết hợp học tập với làm theo."): a sentence ends so otherwise.
    const stop = line.label && line.label.kind !== 'bullet' ? /[;,]$/u : /[.;,]$/u;
    if (this.open.certainty !== 'sure' || this.open.codes.length === 0 || line.text.length > 120 || stop.test(line.text)) return;
    // Within the part it is in: "Kết quả nổi bật:" in a section of part II says nothing of part III.
    const part = this.group?.level === 'group' ? this.group.code : undefined;
    const ahead = this.best(line.text.replace(/[:.]\s*$/u, ''), this.sections.filter((s) => !this.used.has(s.code) && (!part || s.group === part)))[0];
    if (ahead && ahead.s >= SURE && !this.open.codes.includes(ahead.e.code)) this.doubt(ahead.e.code, line.text);
  }

  end(): Open[] {
    this.done.push(this.open);
    // A line doubted as the heading of a section the report heads surely further on was emphasis after all.
    this.done.forEach((b, i) => {
      const later = new Set(this.done.slice(i + 1).filter((x) => x.certainty === 'sure').flatMap((x) => x.codes));
      if (b.doubts?.every((code) => later.has(code))) Object.assign(b, { certainty: 'sure', reason: undefined, doubts: undefined });
    });
    return this.done;
  }

  private close(next: Open) {
    this.done.push(this.open);
    this.open = next;
  }

  private openSection(c: Candidate, codes: string[], certainty: Certainty, reason?: string) {
    for (const code of codes) this.used.add(code);
    this.lastOrder = Math.max(this.lastOrder, ...codes.map((code) => this.sections.find((s) => s.code === code)?.order ?? -1));
    this.close({ codes, heading: headingOf(c), paragraphs: c.rest ? [c.rest] : [], certainty, reason, group: this.group?.code, label: c.line.label });
  }
  /** "III. NHIỆM VỤ QUÝ II" then "1. Nhiệm vụ trọng tâm", or "2. …" then "2.1. …": the first heads the part, the second a section. */
  private reopenAsPart(c: Candidate, numbered: boolean) {
    const section = this.sections.find((s) => s.code === this.open.codes[0]);
    if (!section?.group || (!numbered && this.outline.score(c.title, section) < LIKELY)) return;
    for (const code of this.open.codes) this.used.delete(code);
    this.lastOrder = Math.max(-1, ...this.sections.filter((s) => this.used.has(s.code)).map((s) => s.order));
    this.group = this.outline.entries.find((e) => e.level === 'group' && e.code === section.group) ?? this.group;
    Object.assign(this.open, { codes: [], certainty: 'look', reason: undefined, part: true, fromPart: false, group: section.group });
  }

  private openPart(c: Candidate, group: OutlineEntry) {
    this.group = group;
    // The part's heading naming its first section and no other ("NHIỆM VỤ TRỌNG TÂM QUÝ III"): its text is that section's.
    const [first, ...others] = this.sections.filter((s) => s.group === group.code);
    const saysFirst = first !== undefined && this.outline.score(c.title, first) >= SURE && others.every((o) => this.outline.score(c.title, o) < LIKELY);
    this.close({ codes: [], heading: headingOf(c), paragraphs: c.rest ? [c.rest] : [], certainty: saysFirst ? 'sure' : 'look', group: group.code, part: true });
  }

  /** Whether the candidate heads a new block (else its line is the open block's text). */
  placeHeading(c: Candidate): boolean {
    // "2. Kết quả học tập và làm theo…" then "2.1. Học tập…": the first heads the part.
    const opened = this.open.label;
    const under = opened?.kind === 'decimal' && c.line.label?.kind === 'decimal-decimal' && c.line.label.numbers[0] === opened.numbers[0];
    // A part's heading read as a section, followed at once by a numbered heading of a section: the part's.
    if ((c.tier !== 'group' || !c.line.label) && (this.open.fromPart || under) && this.open.codes.length >= 1 && this.open.paragraphs.length === 0) {
      this.reopenAsPart(c, under || (c.tier === 'section' && (this.saidOf(c)[0]?.s ?? 0) >= LIKELY));
    }
    const whole = this.wholeGroupNamed(c);
    if (whole) {
      this.openPart(c, whole);
      return true;
    }
    const ranked = this.best(c.title, c.tier === 'minor' ? this.sections.filter((s) => !this.group || s.group === this.group.code) : c.tier === 'group' ? this.groups : this.outline.entries);
    const top = ranked[0];
    if (c.tier === 'group' || (top && top.e.level === 'group' && top.s >= LIKELY && c.tier === 'section' && GROUP_KINDS.includes(c.line.label?.kind ?? 'bullet'))) {
      // The part its number names, when its words say that part too ("I. Việc triển khai thực hiện"), over one they say better.
      const label = c.line.label;
      const atNumber = label && GROUP_KINDS.includes(label.kind) ? this.groups[label.numbers[0] - 1 - this.setAside] : undefined;
      const numberSays = atNumber && atNumber.order > this.lastOrder ? this.outline.score(c.title, atNumber) : 0;
      const g = atNumber && numberSays >= LIKELY ? { e: atNumber, s: numberSays } : this.best(c.title, this.groups)[0];
      const ahead = this.sections.filter((s) => s.order > this.lastOrder && !this.used.has(s.code));
      const section = this.best(c.title, ahead)[0];
      if (section && section.s >= SURE && section.s > (g?.s ?? 0) + 0.15 && section.e.group) {
        // "B. KẾT QUẢ HỌC TẬP VÀ LÀM THEO BÁC" with no section heading after it, or "I. Lãnh đạo, chỉ đạo và học tập,
        // quán triệt" whose number names section I: two sections, to decide.
        const withNumbered = atNumber && atNumber.level === 'section' && numberSays >= LIKELY && atNumber !== section.e ? [{ e: atNumber, s: numberSays }, section] : null;
        const merged = withNumbered ?? this.mergedSections({ ...c, tier: 'section' }, ahead, this.byNumber(c));
        this.placeSection(c, merged ?? [section], merged !== null);
        this.open.fromPart = true;
        return true;
      }
      if (g && g.s >= LIKELY && g.e.order > this.lastOrder) {
        this.group = g.e;
        if (g.e.level === 'section') {
          // Its number and its words together ("I. Việc cụ thể hóa và chỉ đạo…" first, or second after a part set aside): sure.
          const sure = g.s >= SURE || g.e === atNumber;
          this.openSection(c, [g.e.code], sure ? 'sure' : 'look', sure ? undefined : 'Tên mục khác đề cương: xem lại.');
          return true;
        }
        this.openPart(c, g.e);
        return true;
      }
      if (this.outline.isExtra(c.title) || c.tier === 'group') {
        if (c.tier === 'group' && !this.outline.isExtra(c.title) && c.line.label === undefined && !c.line.headingLevel) return false;
        this.group = null;
        if (this.lastOrder < 0 && GROUP_KINDS.includes(c.line.label?.kind ?? 'bullet')) this.setAside++;
        this.close({ codes: [], heading: headingOf(c), paragraphs: c.rest ? [c.rest] : [], certainty: 'look', extra: this.outline.isExtra(c.title), reason: this.outline.isExtra(c.title) ? 'Phần này không có trong đề cương.' : 'Phần chưa rõ ứng với phần nào của đề cương.' });
        return true;
      }
    }
    const pool = this.sections.filter((s) => !this.used.has(s.code) && s.order > this.lastOrder);
    // In a numbered report, an unnumbered line never skips a section: after a section of no part, only the next may follow.
    const inGroup = c.tier === 'minor' && this.structured && this.group?.level === 'section' ? pool.slice(0, 1) : pool.filter((s) => !this.group || s.group === this.group.code || (this.group.level === 'section' && s.order > this.group.order));
    // An unnumbered bold line leaves its part only in a report with no numbered headings at all.
    let ranked2 = this.best(c.title, inGroup.length > 0 && (c.tier !== 'minor' || this.structured) ? inGroup : pool);
    // A heading that says its own part again and no section ("2. Kết quả thực hiện các nội dung" in "PHẦN I. KẾT QUẢ THỰC HIỆN"): the part goes on.
    const part = this.group?.level === 'group' ? this.group : null;
    if (part && !c.rest && this.outline.score(c.title, part) >= SURE && (this.saidOf(c)[0]?.s ?? 0) < LIKELY) {
      this.openPart(c, part);
      return true;
    }
    // A section heading that says nothing of its part and clearly a section of no part ("1. Công tác lãnh đạo" under "KẾT QUẢ"): that section.
    const outside = c.tier === 'section' ? this.best(c.title, pool.filter((s) => !s.group)) : [];
    if (outside[0] && outside[0].s >= SURE && (ranked2[0]?.s ?? 0) < LIKELY) ranked2 = outside;
    const first = ranked2[0];
    if (!first) return false;
    // An unnumbered or section-level line that says a part's name better than any section's: the part.
    const asGroup = this.best(c.title, this.groups.filter((g) => g.level === 'group' && g.order > this.lastOrder && g.code !== this.group?.code))[0];
    if (!c.rest && asGroup && asGroup.s >= SURE && asGroup.s > first.s) {
      this.openPart(c, asGroup.e);
      return true;
    }
    // Either side may be a section passed over ("5. Nêu gương và kiểm tra, giám sát" after 4.).
    const merged = this.mergedSections(c, this.sections.filter((s) => !this.used.has(s.code)), this.byNumber(c));
    if (merged) return this.placeSection(c, merged, true);
    // A lower bar: in a report with no numbered headings, for its bold lines; for a letter whose place in the part its words say ("c) Nêu gương").
    const lettered = c.line.label?.kind === 'letter' && this.byNumber(c, true) === first.e;
    const minorFloor = c.tier !== 'minor' || lettered ? LIKELY : this.structured ? SURE : UNNUMBERED;
    // An unnumbered line in a numbered section saying the very next section: a heading the unit left unnumbered, shown unless
    // plain; saying one further on, emphasis: text, and the section it is in shown.
    // In any report, such a line barely saying a section further on, or one of another part, or read as a clause ("… được
    // đẩy mạnh"), is emphasis too.
    const numberedOpen = NUMBERED_KINDS.includes(this.open.label?.kind ?? 'bullet');
    if (first.s >= minorFloor && c.tier === 'minor' && !c.line.label && !c.rest && this.open.codes.length > 0) {
      const next = first.e === pool[0];
      if (this.numbered && numberedOpen) {
        if (!next) return this.doubt(first.e.code, c.title);
        if (first.s < PLAIN) return this.placeSection(c, [first], false, 'Dòng không đánh số giữa các mục có số: xem lại có phải đề mục không.');
      } else if (!next && first.s < PLAIN && (first.s < SURE || first.e.group !== this.group?.code || /\sđược\s/u.test(` ${c.title} `))) return this.doubt(first.e.code, c.title);
    }
    if (first.s >= minorFloor) return this.placeScored(c, first, ranked2[1]);
    // A section the report comes back to, out of the đề cương's order: placed, and shown unless its words are plain.
    const label = c.line.label;
    // A heading set as one (label, style, run-in) plainly saying it, sure; any other line saying it, placed and shown.
    const set = (label && label.kind !== 'bullet') || c.rest || c.line.headingLevel;
    const skipped = this.best(c.title, this.sections.filter((s) => !this.used.has(s.code) && s.order < this.lastOrder))[0];
    if (skipped && skipped.s >= SURE) {
      const sure = set && skipped.s >= PLAIN;
      this.openSection(c, [skipped.e.code], sure ? 'sure' : 'look', sure ? undefined : 'Mục viết không theo thứ tự đề cương: xem lại.');
      return true;
    }
    // By its number within the part, when the title says too little.
    const byNumber = this.byNumber(c);
    if (byNumber) {
      this.openSection(c, [byNumber.code], 'look', 'Nhận theo số thứ tự, tên mục khác đề cương.');
      return true;
    }
    // A numbered or styled heading that says no section: a block of its own, to decide, never run into the one before.
    if (c.tier !== 'minor' && ((label && label.kind !== 'bullet') || c.line.headingLevel) && c.line.text.length <= 160 && !c.rest) {
      this.close({ codes: [], heading: headingOf(c), paragraphs: [], certainty: 'decide', reason: 'Đề mục không ứng với mục nào của đề cương.', group: this.group?.code });
      return true;
    }
    // A line set like a heading that half says a section still ahead stays text, and its section is shown.
    // So is a numbered or run-in heading that plainly says a section already placed: text may have run on under the wrong one.
    const said = first.s >= LIKELY ? first : c.line.label || c.rest ? this.saidOf(c).find((x) => x.s >= SURE && !this.open.codes.includes(x.e.code)) : undefined;
    return said ? this.doubt(said.e.code, c.title) : false;
  }

  /** A line like a heading of another section, kept as text: the section it falls in is shown, never sure. */
  private doubt(code: string, line: string): false {
    if (this.open.codes.length > 0 && (this.open.certainty === 'sure' || this.open.doubts)) {
      this.open.certainty = 'look';
      this.open.reason ??= `Có dòng như đề mục của mục ${code} (“${line}”): xem lại chỗ chia mục.`;
      (this.open.doubts ??= []).push(code);
    }
    return false;
  }

  /** A heading whose words say a section well enough: placed by its words and its number together. */
  private placeScored(c: Candidate, first: { e: OutlineEntry; s: number }, second: { e: OutlineEntry; s: number } | undefined): boolean {
    // Its number and its words together: agreeing, sure; a loose title against a number, the number, shown.
    const numbered = this.byNumber(c, true);
    // Its number names a section its words pass over and also say ("1. Học tập chuyên đề gắn với làm theo Bác"): both, to decide.
    if (numbered && numbered.order < first.e.order && numbered.group === first.e.group && this.outline.score(c.title, numbered) >= LIKELY) {
      return this.placeSection(c, [{ e: numbered, s: LIKELY }, first], true);
    }
    const echo = this.echoOf(c, first);
    if (!echo && second && second.s >= LIKELY && second.e.group === first.e.group && Math.abs(second.e.order - first.e.order) === 1 && second.s >= first.s * 0.7) {
      // Two sections side by side said nearly as well: the one its number names, shown; else both, to decide.
      if (numbered === first.e || numbered === second.e) {
        this.openSection(c, [numbered.code], 'look', `Tên mục gần cả mục ${first.e.code} và ${second.e.code}; nhận theo số thứ tự: xem lại.`);
        return true;
      }
      return this.placeSection(c, [first, second].sort((a, b) => a.e.order - b.e.order), true);
    }
    if (numbered && first.s < SURE && numbered === first.e) return this.placeSection(c, [{ e: numbered, s: SURE }]);
    // "2.2." or "II.2" entering another part without its heading, its numbers not the section's there: shown.
    const numbers = c.line.label?.numbers ?? [];
    const part = this.groups.find((g) => g.code === first.e.group);
    const at = [part ? this.groups.indexOf(part) + 1 + this.setAside : 0, this.sections.filter((s) => s.group === first.e.group).indexOf(first.e) + 1];
    if (numbers.length === 2 && part && part !== this.group && (numbers[0] !== at[0] || numbers[1] !== at[1])) {
      this.openSection(c, [first.e.code], 'look', `Mục ${first.e.code} nằm ở phần khác, số thứ tự không khớp: xem lại.`);
      return true;
    }
    if (numbered && first.s < SURE && this.outline.score(c.title, numbered) > 0) {
      this.openSection(c, [numbered.code], 'look', `Nhận theo số thứ tự; tên mục gần với mục ${first.e.code}: xem lại.`);
      return true;
    }
    return this.placeSection(c, [first]);
  }

  /** A section already placed that the title says better than the one chosen: worth a look whatever its score. */
  private echoOf(c: Candidate, chosen: { e: OutlineEntry; s: number }): string | null {
    const said = this.saidOf(c)[0];
    return said && said.e !== chosen.e && this.used.has(said.e.code) && said.s > chosen.s + 0.1 ? said.e.code : null;
  }

  /** The section of the open part a section heading's number points to, while it is still ahead. */
  private byNumber(c: Candidate, letters = false): OutlineEntry | undefined {
    const label = c.line.label;
    if (!(c.tier === 'section' || (letters && label?.kind === 'letter')) || !label || !this.group || this.group.level !== 'group') return undefined;
    const child = this.sections.filter((s) => s.group === this.group?.code)[label.numbers[label.numbers.length - 1] - 1];
    return child && !this.used.has(child.code) && child.order > this.lastOrder ? child : undefined;
  }

  /** "Nhiệm vụ quý III và kiến nghị", "Phương hướng, kiến nghị": a heading naming every section of a part, one by one, heads the part. */
  private wholeGroupNamed(c: Candidate): OutlineEntry | null {
    const parts = c.title.split(/\s+và\s+|[,;]\s*/iu);
    if (parts.length < 2) return null;
    const ahead = this.sections.filter((s) => s.order > this.lastOrder && !this.used.has(s.code));
    const named = new Set(parts.map((part) => this.best(part, ahead)[0]).filter((x) => x && x.s >= MERGED).map((x) => x.e.code));
    return this.groups.find((g) => g.level === 'group' && g.order > this.lastOrder && g.code !== this.group?.code && this.sections.filter((s) => s.group === g.code).every((s) => named.has(s.code))) ?? null;
  }

  private placeSection(c: Candidate, chosen: { e: OutlineEntry; s: number }[], merged = false, doubt?: string): boolean {
    const top = Math.min(...chosen.map((x) => x.s));
    if (chosen[0].e.group) this.group = this.outline.entries.find((e) => e.level === 'group' && e.code === chosen[0].e.group) ?? this.group;
    if (merged) this.openSection(c, chosen.map((x) => x.e.code), 'decide', 'Một đề mục gộp nhiều mục của đề cương.');
    else {
      const echo = this.echoOf(c, chosen[0]);
      if (echo || doubt) this.openSection(c, [chosen[0].e.code], 'look', doubt ?? `Tên mục gần với mục ${echo} đã có: xem lại.`);
      else this.openSection(c, [chosen[0].e.code], top >= SURE ? 'sure' : 'look', top >= SURE ? undefined : 'Tên mục khác đề cương: xem lại.');
    }
    return true;
  }
}
