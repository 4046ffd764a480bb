/**
 * Over 500 lines on purpose: one form of some forty fields (ListingEvent), each with its label, hint and
 * error beside it in the template; its model (draft.ts, validate-draft.ts) and styles (event-form.styles.ts)
 * are already apart.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { BasemapCollection, PlaceCollection } from '../../data/schema.ts';
import { isZh, type Lang } from '../../i18n/lang.ts';
import type { Translation } from '../../i18n/translations.ts';
import { AUDIENCES, CATEGORIES, STATUSES, type ListingEvent } from '../../listings/schema.ts';
import type { ApiVenue } from '../../api/client.ts';
import type { RouteChangeEvent } from '../../events/map.ts';
import './route-editor.ts';
import type { Graph } from '../../walks/graph.ts';
import {
  DURATIONS,
  WEEKDAYS,
  eventFromDraft,
  readRoute,
  routeText,
  routeTextReadable,
  type EventDraft,
} from '../model/draft.ts';
import { EventSaveEvent, NetworkWantedEvent } from '../../events/organizer.ts';
import './event-preview.ts';
import { previewOf, type Preview } from '../model/preview-event.ts';
import type { OrganizerStrings } from '../model/strings.ts';
import { VENUE_STRINGS } from '../model/venue-strings.ts';
import { LANGUAGE_CHOICES, languageName } from '../../listings/language-names.ts';
import { systemClock } from '../../data/clock.ts';
import {
  fieldOfPath,
  problemOf,
  validateDraft,
  type FieldProblem,
  type FormField,
  type Problems,
} from '../model/validate-draft.ts';
import type { ApiFieldIssue } from '../../api/contract.ts';
import { eventFormStyles } from './event-form.styles.ts';
import {
  REPEAT_CHOICES,
  choiceWords,
  follow,
  occurrenceWords,
  repeatChoice,
  ruleDates,
  ruleSentence,
  withRepeat,
  type RepeatChoice,
} from '../model/repeat-words.ts';

/**
 * The event form: every field of the event model with field-level messages in zh and en, the recurrence
 * builder with exceptions, and a live preview beside it. It keeps its own copy of the draft: whatever is
 * typed stays until the form is given a new `draft`, whatever the checks or the server say.
 *
 * Messages appear on a field once it was left, and on every field after a save was tried; the server's
 * messages (`serverFields`, dot paths) show beside the same fields until that field is edited.
 *
 * @summary Create or edit an event.
 * @fires event-save - the form passed its checks (EventSaveEvent); `submit` for "submit for moderation"
 * @fires network-wanted - the route editor is shown and has no walking network yet (NetworkWantedEvent)
 */
export class EventForm extends LitElement {
  static properties = {
    draft: { attribute: false },
    isNew: { type: Boolean },
    moderator: { type: Boolean },
    busy: { type: Boolean },
    serverFields: { attribute: false },
    venues: { attribute: false },
    places: { attribute: false },
    basemap: { attribute: false },
    graph: { attribute: false },
    lang: {},
    t: { attribute: false },
    tt: { attribute: false },
    value: { state: true },
    touched: { state: true },
    tried: { state: true },
  };

  /** The draft to start from; the form copies it. */
  declare draft: EventDraft;
  /** A new event (not yet stored; the service gives it its id). */
  declare isNew: boolean;
  /** A moderator edits a pending revision: one "save" button, no submit. */
  declare moderator: boolean;
  /** A request is under way: the buttons wait. */
  declare busy: boolean;
  /** The server's field messages (dot path → message) from the last refused save. */
  declare serverFields: Readonly<Record<string, ApiFieldIssue>>;
  declare venues: readonly ApiVenue[];
  declare places: PlaceCollection | undefined;
  declare basemap: BasemapCollection | undefined;
  /** The walking network, for the route editor's "follow the lanes"; optional. */
  declare graph: Graph | undefined;
  declare lang: Lang;
  declare t: OrganizerStrings;
  declare tt: Translation;
  declare value: EventDraft;
  declare touched: ReadonlySet<FormField>;
  declare tried: boolean;

  /** Server messages still standing (cleared per field when it is edited). */
  private server: Problems = {};
  private problems: Problems = {};
  private preview: Preview | undefined;
  private readonly now = systemClock();

  constructor() {
    super();
    this.isNew = true;
    this.moderator = false;
    this.busy = false;
    this.serverFields = {};
    this.venues = [];
    this.lang = 'zh';
    this.touched = new Set();
    this.tried = false;
  }

  static styles = eventFormStyles;

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('draft') && this.draft) {
      this.value = structuredClone(this.draft);
      this.touched = new Set();
      this.tried = false;
    }
    if (changed.has('serverFields')) {
      this.server = {};
      for (const [path, issue] of Object.entries(this.serverFields ?? {})) {
        const field = fieldOfPath(path);
        this.server[field] ??= problemOf(path, issue);
      }
      if (Object.keys(this.server).length) this.tried = true;
    }
    if (changed.has('value') || changed.has('venues')) {
      this.problems = validateDraft(this.value, new Set(this.venues.map((v) => v.id)));
      this.preview = previewOf(this.value, this.venues);
    }
  }

  private networkAsked = false;

  protected updated(changed: PropertyValues<this>): void {
    if (this.value?.where === 'route' && !this.graph && !this.networkAsked) {
      this.networkAsked = true;
      this.dispatchEvent(new NetworkWantedEvent());
    }
    if (changed.has('serverFields') && Object.keys(this.server).length) void this.focusFirstProblem();
  }

  private set<K extends keyof EventDraft>(key: K, value: EventDraft[K]) {
    this.value = follow(this.value, { ...this.value, [key]: value }, key);
    this.clearServer(key);
  }

  /** A field was edited: the server's message about it no longer stands. */
  private clearServer(key: keyof EventDraft) {
    if (key in this.server) {
      const rest = { ...this.server };
      delete rest[key];
      this.server = rest;
    }
  }

  private touch(field: FormField) {
    if (!this.touched.has(field)) this.touched = new Set([...this.touched, field]);
  }

  private problem(field: FormField): FieldProblem | undefined {
    const shown = this.tried || this.touched.has(field);
    return this.server[field] ?? (shown ? this.problems[field] : undefined);
  }

  private message(p: FieldProblem): TemplateResult {
    const t = this.t;
    const words = p.code === 'tooLong' && p.max ? t.maxChars(p.max) : t.problems[p.code];
    // The rule parser's own (English, RRULE) words are never shown: the repeat fields say it in words.
    const detail = p.code === 'other' || p.code === 'parent' ? p.detail : '';
    return html`${words}${detail ? html` <span class="detail" lang="en">(${detail})</span>` : nothing}`;
  }

  /** A labelled control with its hint and message, tied together for assistive technology. */
  private field(name: FormField, label: string, control: TemplateResult, hint?: string) {
    const p = this.problem(name);
    return html`<div class="field">
      <label for=${name}>${label}</label>
      ${control} ${hint ? html`<p class="hint" id=${`${name}-hint`}>${hint}</p>` : nothing}
      ${p ? html`<p class="error" id=${`${name}-error`}>${this.message(p)}</p>` : nothing}
    </div>`;
  }

  private describedBy(name: FormField, hint = false) {
    return [hint ? `${name}-hint` : '', this.problem(name) ? `${name}-error` : ''].filter(Boolean).join(' ');
  }

  private text(
    name: keyof EventDraft & FormField,
    label: string,
    opts: { area?: boolean; hint?: string; type?: string } = {},
  ) {
    const common = {
      invalid: this.problem(name) ? 'true' : 'false',
      described: this.describedBy(name, !!opts.hint),
    };
    const value = this.value[name] as string;
    const onInput = (e: Event) => this.set(name, (e.target as HTMLInputElement).value as never);
    const control = opts.area
      ? html`<textarea
          id=${name}
          name=${name}
          .value=${value}
          aria-invalid=${common.invalid}
          aria-describedby=${common.described}
          @input=${onInput}
          @blur=${() => this.touch(name)}
        ></textarea>`
      : html`<input
          id=${name}
          name=${name}
          type=${opts.type ?? 'text'}
          .value=${value}
          aria-invalid=${common.invalid}
          aria-describedby=${common.described}
          @input=${onInput}
          @blur=${() => this.touch(name)}
        />`;
    return this.field(name, label, control, opts.hint);
  }

  private select<K extends keyof EventDraft & FormField>(
    name: K,
    label: string,
    options: readonly { value: string; label: string }[],
  ) {
    return this.field(
      name,
      label,
      html`<select
        id=${name}
        name=${name}
        aria-invalid=${this.problem(name) ? 'true' : 'false'}
        aria-describedby=${this.describedBy(name)}
        @change=${(e: Event) => {
          this.set(name, (e.target as HTMLSelectElement).value as EventDraft[K]);
          this.touch(name);
        }}
      >
        ${options.map(
          (o) => html`<option value=${o.value} ?selected=${o.value === this.value[name]}>${o.label}</option>`,
        )}
      </select>`,
    );
  }

  /** The rule in words and its dates, each a tap to skip it (or keep it again). */
  private renderDates() {
    const t = this.t;
    const v = this.value;
    const sentence = ruleSentence(v, this.lang);
    const { dates, total } = ruleDates(v);
    const listed = [...new Set([...dates, ...v.exdates])].sort();
    const p = this.problem('exdates');
    return html`${sentence ? html`<p class="rule-words" id="rule-words">${t.ruleWords}${sentence}</p>` : nothing}
    ${
      listed.length
        ? html`<fieldset class="choices exdates" aria-describedby=${this.describedBy('exdates')}>
            <legend class="label">${t.ruleDates}</legend>
            <ul class="dates">
              ${listed.map((d) => {
                const skipped = v.exdates.includes(d);
                return html`<li>
                  <label class=${skipped ? 'skipped' : ''}
                    ><input
                      type="checkbox"
                      data-date=${d}
                      .checked=${skipped}
                      @change=${(e: Event) =>
                        this.set(
                          'exdates',
                          (e.target as HTMLInputElement).checked
                            ? [...v.exdates, d].sort()
                            : v.exdates.filter((x) => x !== d),
                        )}
                    /><span class="date">${occurrenceWords(d, this.lang, v.start)}</span>${
                      skipped ? html`<span class="tag"> · ${t.skipped}</span>` : nothing
                    }</label
                  >
                </li>`;
              })}
            </ul>
            ${total > dates.length ? html`<p class="hint">${t.moreDates(total - dates.length)}</p>` : nothing}
            ${p ? html`<p class="error" id="exdates-error">${this.message(p)}</p>` : nothing}
          </fieldset>`
        : nothing
    }`;
  }

  /** The repeat as one choice in words, said from the start ("Every Saturday for 3 months"). */
  private renderRepeatChoice() {
    const t = this.t;
    const v = this.value;
    const chosen = repeatChoice(v);
    const hint = v.freq === 'WEEKLY' && v.span ? t.hints.span : undefined;
    return this.field(
      'freq',
      t.fields.freq,
      html`<select
        id="freq"
        name="freq"
        aria-invalid=${this.problem('freq') ? 'true' : 'false'}
        aria-describedby=${this.describedBy('freq', !!hint)}
        @change=${(e: Event) => {
          this.value = withRepeat(this.value, (e.target as HTMLSelectElement).value as RepeatChoice);
          for (const k of ['freq', 'until', 'byday', 'interval'] as const) this.clearServer(k);
          this.touch('freq');
        }}
      >
        ${REPEAT_CHOICES.map(
          (c) =>
            html`<option value=${c} ?selected=${c === chosen}>
              ${choiceWords(c, v.start, this.lang, t.freqs.none, t.freqs.custom)}
            </option>`,
        )}
      </select>`,
      hint,
    );
  }

  private renderRepeat() {
    const t = this.t;
    const v = this.value;
    const rulesProblem = this.problem('rrule');
    const daysProblem = this.problem('byday');
    return html`<fieldset>
      <legend>${t.sections.repeat}</legend>
      ${this.renderRepeatChoice()}
      ${
        v.freq === 'custom'
          ? this.text('rruleCustom', t.fields.rruleCustom)
          : v.freq !== 'none' && !(v.freq === 'WEEKLY' && v.span)
            ? html`${
                  v.freq === 'WEEKLY'
                    ? html`<fieldset class="choices days" aria-describedby=${this.describedBy('byday')}>
                        <legend class="label">${t.fields.byday}</legend>
                        ${WEEKDAYS.map(
                          (d) =>
                            html`<label
                              ><input
                                type="checkbox"
                                name="byday"
                                value=${d}
                                .checked=${v.byday.includes(d)}
                                @change=${(e: Event) => {
                                  this.set(
                                    'byday',
                                    (e.target as HTMLInputElement).checked
                                      ? [...v.byday, d]
                                      : v.byday.filter((x) => x !== d),
                                  );
                                  this.touch('byday');
                                }}
                              />${t.weekdays[d]}</label
                            >`,
                        )}
                        ${daysProblem ? html`<p class="error" id="byday-error">${this.message(daysProblem)}</p>` : nothing}
                      </fieldset>`
                    : nothing
                }
                <div class="row">
                  ${this.select('ends', t.fields.ends, [
                    { value: 'until', label: t.endsUntil },
                    { value: 'count', label: t.endsCount },
                  ])}
                  ${
                    v.ends === 'count'
                      ? this.text('count', t.fields.count, { type: 'number' })
                      : this.text('until', t.fields.until, { type: 'date' })
                  }
                  ${this.text('interval', t.intervalOf[v.freq] ?? t.fields.interval, { type: 'number' })}
                </div>`
            : nothing
      }
      ${rulesProblem ? html`<p class="error" id="rrule-error" role="status">${this.message(rulesProblem)}</p>` : nothing}
      ${this.renderDates()}
    </fieldset>`;
  }

  /**
   * The route: drawn on the map, or typed as coordinates (the keyboard and screen-reader path, folded away
   * unless it has a problem). Both edit the same draft text, so each follows the other.
   */
  private renderRoute() {
    const t = this.t;
    const text = this.value.route;
    const readable = routeTextReadable(text);
    return html`<route-editor
        .route=${readable && text.trim() ? readRoute(text) : undefined}
        ?blocked=${!readable}
        .places=${this.places}
        .basemap=${this.basemap}
        .graph=${this.graph}
        .lang=${this.lang}
        .t=${t.routeEditor}
        .attribution=${this.tt.attribution}
        @route-change=${(e: RouteChangeEvent) => this.set('route', routeText(e.route))}
      ></route-editor>
      <details class="coords" ?open=${!readable || !!this.problem('route')}>
        <summary>${t.editAsCoordinates}</summary>
        ${this.text('route', t.fields.route, { area: true, hint: t.hints.route })}
      </details>`;
  }

  /** The languages as named checkboxes; codes of an imported event that are not among them stay ticked. */
  private renderLanguages() {
    const t = this.t;
    const picked = this.value.languages;
    const codes = [
      ...LANGUAGE_CHOICES.map((c) => c.code),
      ...picked.filter((c) => !LANGUAGE_CHOICES.some((x) => x.code === c)),
    ];
    const p = this.problem('languages');
    return html`<fieldset class="choices languages" aria-describedby=${this.describedBy('languages')}>
      <legend class="label">${t.fields.languages}</legend>
      ${codes.map(
        (code) =>
          html`<label
            ><input
              type="checkbox"
              name="languages"
              value=${code}
              .checked=${picked.includes(code)}
              @change=${(e: Event) => {
                this.set(
                  'languages',
                  (e.target as HTMLInputElement).checked
                    ? [...picked, code]
                    : picked.filter((x) => x !== code),
                );
                this.touch('languages');
              }}
            />${languageName(code, this.lang)}</label
          >`,
      )}
      ${p ? html`<p class="error" id="languages-error">${this.message(p)}</p>` : nothing}
    </fieldset>`;
  }

  private renderFields() {
    const t = this.t;
    const tt = this.tt;
    const v = this.value;
    // Venues an admin added (not heritage places) are labelled as such.
    const venueName = (x: ApiVenue) =>
      `${this.lang === 'zh' ? x.name_zh : x.name_en}${x.source === 'admin' ? ` (${VENUE_STRINGS[this.lang].adminTag})` : ''}`;
    const venues = [...this.venues].sort((a, b) => venueName(a).localeCompare(venueName(b), this.lang));
    return html`
      <fieldset>
        <legend>${t.sections.text}</legend>
        ${this.text('title_zh', t.fields.title_zh)}
        ${this.text('description_zh', t.fields.description_zh, { area: true, hint: t.hints.description })}
        ${this.select('category', t.fields.category, [
          { value: '', label: t.chooseCategory },
          ...CATEGORIES.map((c) => ({ value: c, label: tt.categories[c] })),
        ])}
        <div class="english">
          ${this.text('title_en', t.fields.title_en, { hint: t.hints.title_en })}
          ${this.text('description_en', t.fields.description_en, {
            area: true,
            hint: `${t.hints.description_en}${isZh(this.lang) ? '' : ' '}${t.hints.description}`,
          })}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t.sections.where}</legend>
        <fieldset class="choices">
          <legend class="label">${t.fields.where}</legend>
          ${(['venue', 'route'] as const).map(
            (w) =>
              html`<label
                ><input
                  type="radio"
                  name="where"
                  value=${w}
                  .checked=${v.where === w}
                  @change=${() => this.set('where', w)}
                />${w === 'venue' ? t.fields.whereVenue : t.fields.whereRoute}</label
              >`,
          )}
        </fieldset>
        ${
          v.where === 'venue'
            ? this.select('venue', t.fields.venue, [
                { value: '', label: t.chooseVenue },
                ...venues.map((x) => ({ value: x.id, label: venueName(x) })),
              ])
            : this.renderRoute()
        }
      </fieldset>
      <fieldset>
        <legend>${t.sections.when}</legend>
        <div class="row">
          ${this.text('start', t.fields.start, { type: 'datetime-local', hint: t.hints.start })}
          ${this.select(
            'duration',
            t.fields.duration,
            ['', ...DURATIONS].map((m) => ({ value: m, label: t.durations[m] })),
          )}
          ${this.text('end', t.fields.end, { type: 'datetime-local' })}
        </div>
      </fieldset>
      ${this.renderRepeat()}
      <fieldset>
        <legend>${t.sections.tickets}</legend>
        <label class="check"
          ><input
            type="checkbox"
            id="free"
            name="free"
            .checked=${v.free}
            @change=${(e: Event) => this.set('free', (e.target as HTMLInputElement).checked)}
          />${t.fields.free}</label
        >
        ${v.free ? nothing : this.text('price', t.fields.price, { type: 'number' })}
        ${this.text('booking_url', t.fields.booking_url, { type: 'url' })}
      </fieldset>
      <fieldset>
        <legend>${t.sections.audience}</legend>
        ${this.renderLanguages()}
        <fieldset class="choices">
          <legend class="label">${t.fields.suitable_for}</legend>
          ${AUDIENCES.map(
            (a) =>
              html`<label
                ><input
                  type="checkbox"
                  .checked=${v.suitable_for.includes(a)}
                  @change=${(e: Event) =>
                    this.set(
                      'suitable_for',
                      (e.target as HTMLInputElement).checked
                        ? [...v.suitable_for, a]
                        : v.suitable_for.filter((x) => x !== a),
                    )}
                />${tt.audiences[a]}</label
              >`,
          )}
        </fieldset>
        ${this.text('accessibility_zh', t.fields.accessibility_zh, { area: true })}
        ${this.text('accessibility_en', t.fields.accessibility_en, { area: true })}
      </fieldset>
      <fieldset>
        <legend>${t.sections.organizer}</legend>
        <div class="row">
          ${this.text('organizer_zh', t.fields.organizer_zh)}
          ${this.text('organizer_en', t.fields.organizer_en)}
        </div>
        ${this.text('organizer_url', t.fields.organizer_url, { type: 'url' })}
        <div class="row">
          ${this.text('source_title', t.fields.source_title)}
          ${this.text('source_url', t.fields.source_url, { type: 'url' })}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t.sections.status}</legend>
        <div class="row">
          ${this.select(
            'status',
            t.fields.status,
            STATUSES.map((s) => ({ value: s, label: t.statuses[s] })),
          )}
          ${this.text('parent', t.fields.parent)}
        </div>
      </fieldset>
    `;
  }

  private async focusFirstProblem() {
    await this.updateComplete;
    const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? this.renderRoot.querySelector<HTMLElement>('.summary'))?.focus();
  }

  private save(submit: boolean) {
    const all = { ...this.problems, ...this.server };
    if (Object.keys(all).length) {
      this.tried = true;
      void this.focusFirstProblem();
      return;
    }
    this.dispatchEvent(new EventSaveEvent(eventFromDraft(this.value), submit, structuredClone(this.value)));
  }

  /** The event the form describes if it passes every check (for tests and callers). */
  get event(): ListingEvent | undefined {
    return Object.keys(this.problems).length ? undefined : (eventFromDraft(this.value) as ListingEvent);
  }

  render() {
    const t = this.t;
    const count = Object.keys({ ...(this.tried ? this.problems : {}), ...this.server }).length;
    return html`
      <form novalidate @submit=${(e: Event) => e.preventDefault()}>
        ${count ? html`<p class="summary" role="alert" tabindex="-1">${t.problemCount(count)}</p>` : nothing}
        ${
          // Problems of no field shown in the form (the id the service made or an imported one is taken).
          (['id', 'form'] as const).map((f) =>
            this.server[f]
              ? html`<p class="error" id=${`${f}-error`}>${this.message(this.server[f]!)}</p>`
              : nothing,
          )
        }
        ${this.renderFields()}
        <div class="buttons">
          ${
            this.moderator
              ? html`<button class="primary" ?disabled=${this.busy} @click=${() => this.save(false)}>
                  ${t.save}
                </button>`
              : html`<button ?disabled=${this.busy} @click=${() => this.save(false)}>${t.saveDraft}</button>
                  <button class="primary" ?disabled=${this.busy} @click=${() => this.save(true)}>
                    ${t.submit}
                  </button>`
          }
        </div>
      </form>
      <event-preview
        .preview=${this.preview}
        .places=${this.places}
        .basemap=${this.basemap}
        .now=${this.now}
        .lang=${this.lang}
        .t=${t}
        .tt=${this.tt}
      ></event-preview>
    `;
  }
}

customElements.define('event-form', EventForm);

declare global {
  interface HTMLElementTagNameMap {
    'event-form': EventForm;
  }
}
