import { LitElement, css, html, nothing } from 'lit';
import { OSM_ATTRIBUTION, OSM_COPYRIGHT_URL } from '../../data/licence.ts';
import type { BasemapCollection, PlaceCollection } from '../../data/schema.ts';
import { isZh, HTML_LANG, type Lang } from '../../i18n/lang.ts';
import { questionsFor } from '../../learning/load.ts';
import type { LearningData } from '../../learning/schema.ts';
import { TRIP_STRINGS, type TripStrings } from '../strings.ts';
import { checkpointTable, flagsList, groupTables, planNotices } from './trip-parts.ts';
import { formatClock, type Sheet } from '../trip-settings.ts';
import type { TripModel } from '../trip-model.ts';
import type { MapStop } from './trip-map.ts';

/**
 * One printable sheet of a trip, A4 and legible in black and white: the teacher sheet (timeline, numbered
 * map, groups by pupil number, checkpoints, space for emergency contacts), the student worksheet (map,
 * questions, writing space, no answers) or the answer key.
 *
 * @summary Printable trip sheet.
 */
export class TripSheet extends LitElement {
  static properties = {
    model: { attribute: false },
    sheet: {},
    lang: {},
    places: { attribute: false },
    basemap: { attribute: false },
    learning: { attribute: false },
    walkName: {},
  };

  declare model: TripModel;
  /** Which sheet. */
  declare sheet: Sheet;
  declare lang: Lang;
  declare places: PlaceCollection | undefined;
  declare basemap: BasemapCollection | undefined;
  /** Questions, glossary and timeline; undefined until loaded (or when missing). */
  declare learning: LearningData | undefined;
  /** The trip's label (date, route, stage, class size). */
  declare walkName: string;

  constructor() {
    super();
    this.sheet = 'teacher';
    this.lang = 'zh';
    this.walkName = '';
  }

  static styles = css`
    :host {
      display: block;
      color: #000;
      background: #fff;
      font-family: system-ui, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif;
      font-size: 10.5pt;
      line-height: 1.4;
    }
    h2 {
      font-size: 15pt;
      margin: 0 0 0.15rem;
    }
    h3 {
      font-size: 12pt;
      margin: 0.7rem 0 0.3rem;
      border-bottom: 1.5px solid #000;
      padding-bottom: 0.1rem;
    }
    h4 {
      margin: 0.5rem 0 0.1rem;
      font-size: 11pt;
    }
    p {
      margin: 0.2rem 0;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      border: 1px solid #000;
      padding: 0.15rem 0.3rem;
      text-align: left;
      vertical-align: top;
    }
    th {
      background: #eee;
    }
    .map {
      max-width: 15cm;
      margin: 0.3rem auto;
    }
    .note {
      font-size: 9pt;
    }
    .flag {
      font-weight: 700;
    }
    .group,
    .stop,
    .q,
    tr,
    .keep {
      break-inside: avoid;
    }
    ol.flags {
      padding-left: 1.3rem;
      margin: 0;
    }
    ol.flags li {
      margin-bottom: 0.3rem;
      break-inside: avoid;
    }
    .roster {
      display: flex;
      flex-wrap: wrap;
      gap: 0.2rem 0.6rem;
    }
    .roster span {
      min-width: 2.6rem;
    }
    .line {
      border-bottom: 1px solid #000;
      height: 1.6rem;
    }
    .contacts .line {
      display: flex;
      align-items: end;
    }
    .groups {
      display: grid;
      gap: 0.4rem;
    }
    @media print {
      .page-break {
        break-before: page;
      }
    }
  `;

  private get s(): TripStrings {
    return TRIP_STRINGS[this.lang];
  }

  private name(id: string): string {
    const p = this.places?.features.find((f) => f.properties.id === id)?.properties;
    return p ? (isZh(this.lang) ? p.name_zh : p.name_en) : id;
  }

  private map() {
    const m = this.model;
    const stops: MapStop[] = m.stops.map((s, i) => ({ n: i + 1, lonLat: s.lonLat, label: this.name(s.id) }));
    return html`<trip-map
        class="map"
        .basemap=${this.basemap}
        .line=${m.routes[0].legs.map((l) => l.coordinates)}
        .stops=${stops}
        .label=${this.s.mapTitle}
      ></trip-map>
      <p class="note">${this.s.mapTitle}<br />${this.s.mapNote}</p>
      <p class="note">${m.stops.map((s, i) => `${i + 1} ${this.name(s.id)}`).join(' · ')}</p>`;
  }

  private header(title: string) {
    const m = this.model;
    return html`<h2>${this.s.sheetTitle(title, m.settings.date ?? this.s.noDate)}</h2>
      <p>${this.walkName} · ${formatClock(m.plan.meetStart.time)}–${formatClock(m.plan.meetEnd.time)}</p>`;
  }

  private teacher() {
    const s = this.s;
    const m = this.model;
    const name = (id: string) => this.name(id);
    let first = 1;
    return html`${this.header(s.sheetNames.teacher)} ${planNotices(s, m, name)} ${this.map()}
      <h3>${s.meeting}</h3>
      <p>${s.meetStart(name(m.plan.meetStart.place), formatClock(m.plan.meetStart.time))}</p>
      <p>${s.meetEnd(name(m.plan.meetEnd.place), formatClock(m.plan.meetEnd.time))}</p>
      <p class="flag">${s.toiletUnknown}</p>
      <h3>${s.timeline}</h3>
      <div class="groups">${groupTables(s, m, name)}</div>
      <h3>${s.stops}</h3>
      ${flagsList(s, m, this.lang, name, (id) => {
        const p = this.places?.features.find((f) => f.properties.id === id)?.properties;
        return isZh(this.lang) ? p?.hours_zh : p?.hours_en;
      })}
      <p class="note">${s.verify}</p>
      <h3 class="page-break">${s.groupLists}</h3>
      ${m.plan.groups.map((g) => {
        const from = first;
        first += g.pupils;
        return html`<div class="group">
          <h4>${s.groupName(g.group)} · ${s.pupilNumbers(from, from + g.pupils - 1)}</h4>
          <p>${s.leader}: ______________________</p>
          <div class="roster">
            ${Array.from({ length: g.pupils }, (_, i) => html`<span>☐ ${from + i}</span>`)}
          </div>
        </div>`;
      })}
      <h3>${s.checkpoints}</h3>
      ${checkpointTable(s, m, name)}
      <div class="keep contacts">
        <h3>${s.emergency}</h3>
        ${s.emergencyLines.map((l) => html`<div class="line">${l}${s.colon}</div>`)}
        <div class="line"></div>
        <div class="line"></div>
      </div>`;
  }

  private worksheet(answers: boolean) {
    const s = this.s;
    const m = this.model;
    const data = this.learning;
    const age = m.settings.age;
    const stopIds = new Set(m.stops.map((x) => x.id));
    const zh = isZh(this.lang);
    return html`${this.header(answers ? s.sheetNames.key : s.sheetNames.worksheet)}
    ${
      answers
        ? html`<p>${s.keyIntro}</p>`
        : html`<p>${s.nameLine}</p>
            <p>${s.worksheetIntro}</p>`
    }
    ${answers ? nothing : this.map()}
    ${
      !data
        ? html`<p class="flag">${s.learningMissing}</p>`
        : html`${m.stops.map((st, i) => {
            const qs = questionsFor(data, st.id, age);
            return html`<div class="stop">
              <h3>${s.stopN(i + 1)} · ${this.name(st.id)}</h3>
              ${
                qs.length
                  ? html`<ol>
                      ${qs.map(
                        (q) =>
                          html`<li class="q">
                            <p>${zh ? q.question_zh : q.question_en}</p>
                            ${
                              answers
                                ? html`<p><strong>${s.answer}</strong> ${zh ? q.answer_zh : q.answer_en}</p>`
                                : html`<div class="line" aria-label=${s.writeHere}></div>
                                    <div class="line"></div>`
                            }
                          </li>`,
                      )}
                    </ol>`
                  : html`<p class="note">${s.noQuestions}</p>`
              }
            </div>`;
          })}
          ${this.glossary(data, stopIds, zh)} ${answers ? this.songTimeline(data, stopIds, zh) : nothing}`
    }`;
  }

  private glossary(data: LearningData, stops: Set<string>, zh: boolean) {
    const terms = data.glossary.filter((g) => !g.places || g.places.some((p) => stops.has(p)));
    if (!terms.length) return nothing;
    return html`<div class="keep">
      <h3>${this.s.glossary}</h3>
      <dl>
        ${terms.map(
          (g) =>
            html`<dt><strong>${g.term_zh}</strong> ${g.pinyin}${zh ? '' : ` — ${g.term_en}`}</dt>
              <dd>${zh ? g.definition_zh : g.definition_en}</dd>`,
        )}
      </dl>
    </div>`;
  }

  private songTimeline(data: LearningData, stops: Set<string>, zh: boolean) {
    const rows = data.timeline.filter((e) => !e.places || e.places.some((p) => stops.has(p)));
    if (!rows.length) return nothing;
    return html`<h3>${this.s.songTimeline}</h3>
      <table>
        <tbody>
          ${rows.map(
            (e) =>
              html`<tr>
                <td>${e.year}${e.era_zh ? ` ${e.era_zh}` : ''}</td>
                <td>${zh ? e.event_zh : e.event_en}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }

  render() {
    if (!this.model) return nothing;
    return html`<article lang=${HTML_LANG[this.lang]} data-sheet=${this.sheet}>
      ${this.sheet === 'teacher' ? this.teacher() : this.worksheet(this.sheet === 'key')}
      <p class="licence">
        ${isZh(this.lang) ? '路线与街巷数据：' : 'Route and street data: '}${OSM_ATTRIBUTION} ·
        ${OSM_COPYRIGHT_URL}
      </p>
    </article>`;
  }
}

customElements.define('trip-sheet', TripSheet);

declare global {
  interface HTMLElementTagNameMap {
    'trip-sheet': TripSheet;
  }
}
