import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { AREA_IDS } from '../../data/areas.ts';
import { DATUMS, toWgs84, type Converted } from '../../data/datum.ts';
import { inBounds } from '../../data/bounds.ts';
import { CONFIDENCES, type BasemapCollection, type PlaceCollection } from '../../data/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { Translation } from '../../i18n/translations.ts';
import { areaAt } from '../../listings/venue-area.ts';
import './point-picker.ts';
import type { PointPickEvent } from '../../events/map.ts';
import {
  bodyFromDraft,
  typedPoint,
  venueProblemOf,
  venueProblems,
  type VenueDraft,
  type VenueProblem,
  type VenueProblems,
} from '../model/venue-draft.ts';
import { VenueSaveEvent } from '../../events/venues.ts';
import type { VenueStrings } from '../model/venue-strings.ts';
import type { ApiFieldIssue } from '../../api/contract.ts';
import { venueFormStyles } from './venue-form.styles.ts';

type TextField =
  'id' | 'name_zh' | 'name_en' | 'lon' | 'lat' | 'address_zh' | 'address_en' | 'access_zh' | 'access_en';

/**
 * Create or edit an admin venue: names, the point (typed in WGS84 or GCJ-02, or picked on the map), layer,
 * address, accessibility, sources and confidence, with field-level messages in zh and en. A GCJ-02 point is
 * shown converted, with how far it moved, before anything is sent. Keeps its own copy of the draft.
 *
 * @summary Admin venue form.
 * @fires venue-save - the form passed its checks (VenueSaveEvent)
 */
export class VenueForm extends LitElement {
  static properties = {
    draft: { attribute: false },
    isNew: { type: Boolean },
    busy: { type: Boolean },
    serverFields: { attribute: false },
    places: { attribute: false },
    basemap: { attribute: false },
    lang: {},
    t: { attribute: false },
    tt: { attribute: false },
    value: { state: true },
    touched: { state: true },
    tried: { state: true },
    picked: { state: true },
  };

  declare draft: VenueDraft;
  /** A new venue: its id may be chosen (ids cannot change later). */
  declare isNew: boolean;
  declare busy: boolean;
  /** The server's field messages (dot path → message) from the last refused save. */
  declare serverFields: Readonly<Record<string, ApiFieldIssue>>;
  declare places: PlaceCollection | undefined;
  declare basemap: BasemapCollection | undefined;
  declare lang: Lang;
  declare t: VenueStrings;
  /** Tourist strings: layer names, map attribution. */
  declare tt: Translation;
  declare value: VenueDraft;
  declare touched: ReadonlySet<string>;
  declare tried: boolean;
  /** The last change of the point came from the map. */
  declare picked: boolean;

  private problems: VenueProblems = {};
  private server: VenueProblems = {};
  private converted: Converted | undefined;

  constructor() {
    super();
    this.isNew = true;
    this.busy = false;
    this.serverFields = {};
    this.lang = 'zh';
    this.touched = new Set();
    this.tried = false;
    this.picked = false;
  }

  static styles = venueFormStyles;

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('draft') && this.draft) {
      this.value = structuredClone(this.draft);
      this.touched = new Set();
      this.tried = false;
      this.picked = false;
    }
    if (changed.has('serverFields')) {
      this.server = {};
      for (const [path, issue] of Object.entries(this.serverFields ?? {}))
        this.server[path.startsWith('position') ? 'position' : path] ??= venueProblemOf(path, issue);
      if (Object.keys(this.server).length) this.tried = true;
    }
    if (changed.has('value') || changed.has('places')) {
      this.problems = venueProblems(this.value, this.isNew, this.places?.features ?? []);
      const typed = typedPoint(this.value);
      this.converted = typed && this.value.datum ? toWgs84(typed, this.value.datum) : undefined;
    }
  }

  protected updated(changed: PropertyValues<this>): void {
    if (changed.has('serverFields') && Object.keys(this.server).length) void this.focusFirstProblem();
  }

  private set<K extends keyof VenueDraft>(key: K, value: VenueDraft[K], ...clears: string[]) {
    this.value = { ...this.value, [key]: value };
    const rest = { ...this.server };
    for (const k of [key, ...clears]) delete rest[k];
    this.server = rest;
  }

  private touch(field: string) {
    if (!this.touched.has(field)) this.touched = new Set([...this.touched, field]);
  }

  private problem(field: string): VenueProblem | undefined {
    return this.server[field] ?? (this.tried || this.touched.has(field) ? this.problems[field] : undefined);
  }

  private words(p: VenueProblem) {
    return p.code === 'tooLong' && p.max ? this.t.maxChars(p.max) : this.t.problems[p.code];
  }

  private error(field: string) {
    const p = this.problem(field);
    return p ? html`<p class="error" id=${`${field}-error`}>${this.words(p)}</p>` : nothing;
  }

  private describedBy(field: string, ...more: string[]) {
    return [...more, this.problem(field) ? `${field}-error` : ''].filter(Boolean).join(' ');
  }

  private text(
    name: TextField,
    label: string,
    opts: { area?: boolean; hint?: string; decimal?: boolean } = {},
  ) {
    const invalid = this.problem(name) || (opts.decimal && this.problem('position')) ? 'true' : 'false';
    const described = this.describedBy(
      name,
      opts.hint ? `${name}-hint` : '',
      opts.decimal ? 'position-error' : '',
    );
    const onInput = (e: Event) => {
      if (opts.decimal) this.picked = false;
      this.set(name, (e.target as HTMLInputElement).value, ...(opts.decimal ? ['position'] : []));
    };
    const control: TemplateResult = opts.area
      ? html`<textarea
          id=${name}
          name=${name}
          .value=${this.value[name]}
          aria-invalid=${invalid}
          aria-describedby=${described}
          @input=${onInput}
          @blur=${() => this.touch(name)}
        ></textarea>`
      : html`<input
          id=${name}
          name=${name}
          .value=${this.value[name]}
          inputmode=${opts.decimal ? 'decimal' : 'text'}
          autocomplete="off"
          aria-invalid=${invalid}
          aria-describedby=${described}
          @input=${onInput}
          @blur=${() => this.touch(name)}
        />`;
    return html`<div class="field">
      <label for=${name}>${label}</label>
      ${control} ${opts.hint ? html`<p class="hint" id=${`${name}-hint`}>${opts.hint}</p>` : nothing}
      ${this.error(name)}
    </div>`;
  }

  private onPick(e: PointPickEvent) {
    const [lon, lat] = e.position;
    this.value = { ...this.value, datum: 'wgs84', lon: String(lon), lat: String(lat) };
    const rest = { ...this.server };
    for (const k of ['datum', 'lon', 'lat', 'position']) delete rest[k];
    this.server = rest;
    this.picked = true;
    for (const k of ['datum', 'lon', 'lat']) this.touch(k);
  }

  private areaName(id: string) {
    return this.tt.areaNames[id as keyof Translation['areaNames']] ?? id;
  }

  private renderPosition() {
    const t = this.t;
    const v = this.value;
    const c = this.converted;
    const at = c && inBounds(c.position) ? c.position : undefined;
    const suggested = at && this.places ? areaAt(at, this.places.features) : undefined;
    return html`<fieldset>
      <legend>${t.fields.datum} · ${t.fields.lon} / ${t.fields.lat}</legend>
      <fieldset class="choices" aria-describedby=${this.describedBy('datum', 'datum-hint')}>
        <legend class="label">${t.fields.datum}</legend>
        ${DATUMS.map(
          (d) =>
            html`<label
              ><input
                type="radio"
                name="datum"
                value=${d}
                .checked=${v.datum === d}
                @change=${() => {
                  this.picked = false;
                  this.set('datum', d, 'position');
                  this.touch('datum');
                }}
              />${t.datums[d]}</label
            >`,
        )}
        <p class="hint" id="datum-hint">${t.hints.datum}</p>
        ${this.error('datum')}
      </fieldset>
      <div class="row">
        ${this.text('lon', t.fields.lon, { decimal: true })}
        ${this.text('lat', t.fields.lat, { decimal: true })}
      </div>
      ${this.error('position')}
      <p class="converted" role="status">
        ${
          c && v.datum === 'gcj02'
            ? t.converted(c.position[0].toFixed(7), c.position[1].toFixed(7), c.movedMetres)
            : c
              ? html`${this.picked ? html`${t.pickedFromMap} ` : nothing}${t.storedAs(
                  c.position[0].toFixed(7),
                  c.position[1].toFixed(7),
                )}`
              : nothing
        }
      </p>
      <p class="hint">${t.hints.position}</p>
      <point-picker
        .places=${this.places}
        .basemap=${this.basemap}
        .lang=${this.lang}
        .position=${at}
        .ariaLabelText=${t.mapLabel}
        .attribution=${this.tt.attribution}
        @point-pick=${this.onPick}
      ></point-picker>
      <div class="field">
        <label for="area">${t.fields.area}</label>
        <select
          id="area"
          name="area"
          aria-describedby=${this.describedBy('area', suggested ? 'area-hint' : '')}
          aria-invalid=${this.problem('area') ? 'true' : 'false'}
          @change=${(e: Event) => this.set('area', (e.target as HTMLSelectElement).value as VenueDraft['area'])}
        >
          <option value="" ?selected=${!v.area}>
            ${t.chooseArea}${suggested ? ` (${this.areaName(suggested)})` : ''}
          </option>
          ${AREA_IDS.map((a) => html`<option value=${a} ?selected=${v.area === a}>${this.areaName(a)}</option>`)}
        </select>
        ${suggested ? html`<p class="hint" id="area-hint">${t.hints.area(this.areaName(suggested))}</p>` : nothing}
        ${this.error('area')}
      </div>
      <div class="field">
        <label for="confidence">${t.fields.confidence}</label>
        <select
          id="confidence"
          name="confidence"
          aria-invalid=${this.problem('confidence') ? 'true' : 'false'}
          aria-describedby=${this.describedBy('confidence')}
          @change=${(e: Event) => {
            this.set('confidence', (e.target as HTMLSelectElement).value as VenueDraft['confidence']);
            this.touch('confidence');
          }}
        >
          <option value="" ?selected=${!v.confidence}>${t.chooseConfidence}</option>
          ${CONFIDENCES.map(
            (c) => html`<option value=${c} ?selected=${v.confidence === c}>${t.confidences[c]}</option>`,
          )}
        </select>
        ${this.error('confidence')}
      </div>
    </fieldset>`;
  }

  private setSource(i: number, key: 'title' | 'url', value: string) {
    const sources = this.value.sources.map((s, j) => (j === i ? { ...s, [key]: value } : s));
    this.set('sources', sources, `sources.${i}.${key}`);
  }

  private renderSources() {
    const t = this.t;
    const sources = this.value.sources;
    return html`<fieldset aria-describedby=${this.describedBy('sources', 'sources-hint')}>
      <legend>${t.fields.sources}</legend>
      <p class="hint" id="sources-hint">${t.hints.sources}</p>
      ${sources.map((s, i) => {
        const input = (key: 'title' | 'url', label: string) => {
          const path = `sources.${i}.${key}`;
          return html`<div class="field">
            <label for=${path}>${label}${sources.length > 1 ? ` ${i + 1}` : ''}</label>
            <input
              id=${path}
              name=${path}
              type=${key === 'url' ? 'url' : 'text'}
              .value=${s[key]}
              aria-invalid=${this.problem(path) ? 'true' : 'false'}
              aria-describedby=${this.describedBy(path)}
              @input=${(e: Event) => this.setSource(i, key, (e.target as HTMLInputElement).value)}
              @blur=${() => this.touch(path)}
            />
            ${this.error(path)}
          </div>`;
        };
        return html`<div class="source">
          <div class="row">${input('title', t.fields.sourceTitle)} ${input('url', t.fields.sourceUrl)}</div>
          ${
            sources.length > 1
              ? html`<button
                  type="button"
                  @click=${() =>
                    this.set(
                      'sources',
                      sources.filter((_, j) => j !== i),
                    )}
                >
                  ${t.removeSource(i + 1)}
                </button>`
              : nothing
          }
        </div>`;
      })}
      ${this.error('sources')}
      <button
        type="button"
        ?disabled=${sources.length >= 10}
        @click=${() => this.set('sources', [...sources, { title: '', url: '' }])}
      >
        + ${t.addSource}
      </button>
    </fieldset>`;
  }

  private async focusFirstProblem() {
    await this.updateComplete;
    const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? this.renderRoot.querySelector<HTMLElement>('.summary'))?.focus();
  }

  private save() {
    if (Object.keys({ ...this.problems, ...this.server }).length) {
      this.tried = true;
      void this.focusFirstProblem();
      return;
    }
    this.dispatchEvent(
      new VenueSaveEvent(bodyFromDraft(this.value, this.isNew), structuredClone(this.value)),
    );
  }

  render() {
    const t = this.t;
    const count = Object.keys({ ...(this.tried ? this.problems : {}), ...this.server }).length;
    return html`<form novalidate @submit=${(e: Event) => e.preventDefault()}>
      ${count ? html`<p class="summary" role="alert" tabindex="-1">${t.problemCount(count)}</p>` : nothing}
      <div class="col">
        <fieldset>
          <legend>${t.fields.name_zh} / ${t.fields.name_en}</legend>
          ${this.isNew ? this.text('id', t.fields.id, { hint: t.hints.id }) : nothing}
          <div class="row">
            ${this.text('name_zh', t.fields.name_zh)} ${this.text('name_en', t.fields.name_en)}
          </div>
          <div class="row">
            ${this.text('address_zh', t.fields.address_zh)} ${this.text('address_en', t.fields.address_en)}
          </div>
          ${this.text('access_zh', t.fields.access_zh, { area: true })}
          ${this.text('access_en', t.fields.access_en, { area: true })}
        </fieldset>
        ${this.renderSources()}
      </div>
      <div class="col">
        ${this.renderPosition()}
        <button class="primary save" ?disabled=${this.busy} @click=${this.save}>${t.save}</button>
      </div>
    </form>`;
  }
}

customElements.define('venue-form', VenueForm);

declare global {
  interface HTMLElementTagNameMap {
    'venue-form': VenueForm;
  }
}
