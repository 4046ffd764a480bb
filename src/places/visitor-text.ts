/**
 * What a visitor reads must read as plain, sourced text: a place's citations, notes and "how we know" text
 * never name a file, a research folder, a search-index id or a datum conversion (those trails live in
 * geodata/research/), and never cite a question bank or a content aggregator (they are not sources).
 */
import type { DataError } from '../data/check.ts';

/** Sites that publish exam and exercise questions: their "material" paragraphs are not sources. */
export const QUESTION_BANK_DOMAINS = [
  'zujuan.com',
  '21cnjy.com',
  'jyeoo.com',
  'zxxk.com',
  'xkw.com',
  'yd166.com',
  'cha138.com',
  'mofangge.com',
  'zybang.com',
  'baidu.com/question',
] as const;

/**
 * Sites that republish other people's articles without editorial responsibility (content farms, copy-wikis,
 * mirrors of Wikipedia or of WeChat posts): cite the original instead.
 */
export const AGGREGATOR_DOMAINS = [
  'kpfans.com',
  'jendow.com.tw',
  'hbzqbyyxgs.com',
  'mbji.cn',
  'lu-xu.com',
  'gushigu.cn',
  'beijingxdys.com',
  'newsaboutbankingindustry.com',
  '50tu.com',
  'lfasc.com',
  'jxyuer.com',
  'ctoth.com',
  'gethgdk.com',
  'newton.com.tw',
  'piaojia.cn',
  'hoikx.com',
  'wpsab.com',
  'zhanbuba.com',
  'lvyou114.com',
  'tt44.com',
  'khabarasia.com',
  'fusongsmt.com',
  'linkfang.org',
  'suinian.com',
  'freewechat.com',
  'apextraveller.com',
  'zzsj.com.cn',
  'kfd.me',
  'h-ceramic.com.cn',
  'wangchao.net.cn',
  'xunzong.net',
  '7kmao.com',
  'bytravel.cn',
] as const;

const FILE_NAME =
  /(?:^|[\s(（"'“/])([\w\u4e00-\u9fff.-]+\.(?:md|csv|geojson|json|pbf|txt|ts|sql))(?=$|[\s)）"'”,;:，；：。])/i;
const FOLDER = /\b(?:research|geodata|shared|reference)\//i;
const INDEX_ID = /search-index|index id/i;
const DATUM = /GCJ-?02/i;
/**
 * A map provider named as where a point or address came from ("(Amap)", "高德兴趣点"): provenance, which
 * belongs in the folded "how we know" note (how_*) and geodata/research/, not in what a visitor reads.
 */
const PROVIDER_MARK = /高德|百度地图|腾讯地图|\bAmap\b|\bAutoNavi\b|兴趣点|\bPOI\b/i;

/** What is wrong with one visitor-facing text, or undefined. */
export function visitorTextProblem(text: string): string | undefined {
  const lower = text.toLowerCase();
  const bank = QUESTION_BANK_DOMAINS.find((d) => lower.includes(d));
  if (bank) return `cites the question bank ${bank}: not a source, cite a publication`;
  const agg = AGGREGATOR_DOMAINS.find((d) => lower.includes(d));
  if (agg) return `cites the aggregator ${agg}: not a source, cite the original`;
  const folder = FOLDER.exec(text);
  if (folder)
    return `names the folder "${folder[0]}": research trails belong in geodata/research/, not in visitor text`;
  const file = FILE_NAME.exec(text);
  if (file)
    return `names the file "${file[1]}": research trails belong in geodata/research/, not in visitor text`;
  if (INDEX_ID.test(text)) return 'names a search-index id: research trails belong in geodata/research/';
  if (DATUM.test(text)) return 'mentions a GCJ-02 conversion: datum notes belong in geodata/research/';
  return undefined;
}

/** Texts a visitor sees on a place card, in a search result or on a printout. */
const VISITOR_FIELDS = [
  'summary_zh',
  'summary_en',
  'note_zh',
  'note_en',
  'position_zh',
  'position_en',
  'how_zh',
  'how_en',
  'beneath_zh',
  'beneath_en',
  'booking_zh',
  'booking_en',
  'hours_zh',
  'hours_en',
  'tickets_zh',
  'tickets_en',
  'access_zh',
  'access_en',
  'address_zh',
  'address_en',
] as const;

/** Fields where a map provider may be named as the source of a point: the "how we know" note. */
const PROVENANCE_FIELDS: readonly string[] = ['how_zh', 'how_en'];

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks the visitor-facing texts and citations of every place in a layer file. */
/** `df` is a layer file as validate.ts reads it: its path for errors, its kind and its parsed JSON. */
export function visitorTextErrors(df: { file: string; kind: string; json: unknown }): DataError[] {
  if (df.kind !== 'place') return [];
  const features = isObject(df.json) && Array.isArray(df.json.features) ? df.json.features : [];
  const errors: DataError[] = [];
  for (const f of features) {
    if (!isObject(f) || !isObject(f.properties)) continue;
    const p = f.properties;
    const feature = typeof p.id === 'string' ? p.id : '?';
    const check = (field: string, value: unknown) => {
      if (typeof value !== 'string') return;
      const problem = visitorTextProblem(value);
      if (problem) errors.push({ file: df.file, feature, field, message: problem });
    };
    const checkProvider = (field: string, value: unknown) => {
      if (typeof value !== 'string' || PROVENANCE_FIELDS.includes(field)) return;
      const mark = PROVIDER_MARK.exec(value);
      if (mark)
        errors.push({
          file: df.file,
          feature,
          field,
          message: `names the map provider "${mark[0]}" as a source: say where a point came from in how_zh/how_en`,
        });
    };
    for (const field of VISITOR_FIELDS) {
      check(field, p[field]);
      checkProvider(field, p[field]);
    }
    if (Array.isArray(p.sources)) {
      p.sources.forEach((s: unknown, i: number) => {
        if (!isObject(s)) return;
        for (const key of ['publisher', 'title', 'url']) check(`sources.${i}.${key}`, s[key]);
      });
    }
  }
  return errors;
}
