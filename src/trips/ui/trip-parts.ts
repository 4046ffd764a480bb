/**
 * Pieces of the plan shown both on screen and on the teacher sheet: stop flags, group timetables and the
 * headcount list. Template functions, not elements: they carry no state.
 */
import { html, nothing } from 'lit';
import { isZh, type Lang } from '../../i18n/lang.ts';
import type { TripStrings } from '../strings.ts';
import { formatClock } from '../trip-settings.ts';
import type { TripModel } from '../trip-model.ts';
import { citation } from '../../places/citation.ts';

type Name = (id: string) => string;

/** Stop numbers follow the planned (forward) order, so a reversed group's sheet matches the map. */
export function stopNumber(m: TripModel, id: string): number {
  return m.stops.findIndex((s) => s.id === id) + 1;
}

/** `hours` gives a stop's opening-hours text as the data states it, in the page language. */
export function flagsList(
  s: TripStrings,
  m: TripModel,
  lang: Lang,
  name: Name,
  hours: (id: string) => string | undefined,
) {
  return html`<ol class="flags">
    ${m.plan.flags.map((f, i) => {
      const stop = m.stops[i];
      const b = f.booking;
      const p = isZh(lang) ? 'zh' : 'en';
      return html`<li>
        <strong>${name(f.id)}</strong> · ${s.dwell(stop.dwell)}
        ${f.narrow ? html`<br /><span class="flag">◆ ${s.narrow}</span>` : nothing} <br /><span class="flag"
          >${s.booking}${s.colon}</span
        >
        ${
          b.status === 'unknown'
            ? s.bookingUnknown
            : html`${b.status === 'required' ? html`<span class="flag">${s.bookingRequired}</span>` : nothing}
                ${p === 'zh' ? b.text_zh : b.text_en} ${s.groupBookingUnknown}
                <span class="note">${s.sourcesLabel}${s.colon}${b.sources.map(citation).join('; ')}</span>`
        }
        <br /><span class="flag">${s.hours}${s.colon}</span> ${s.hoursStatus[f.hours]}
        ${hours(f.id) ? html`<br /><span class="note">“${hours(f.id)}”</span>` : nothing}
      </li>`;
    })}
  </ol>`;
}

export function groupTables(s: TripStrings, m: TripModel, name: Name) {
  let first = 1;
  return m.plan.groups.map((g) => {
    const from = first;
    first += g.pupils;
    const sched = g.schedule;
    const meet = m.plan.meetEnd.time - sched.end;
    return html`<div class="group">
      <h4>${s.groupName(g.group)} · ${s.pupilNumbers(from, from + g.pupils - 1)}</h4>
      <p>
        ${s.groupLine(g.pupils, g.offset, g.variant > 0)}${meet >= 1 ? ` · ${s.wait(Math.round(meet))}` : ''}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">${s.place}</th>
            <th scope="col">${s.arrive}</th>
            <th scope="col">${s.leave}</th>
          </tr>
        </thead>
        <tbody>
          ${sched.visits.map(
            (v) =>
              html`<tr>
                  <td>${stopNumber(m, v.id)}</td>
                  <td>${name(v.id)}</td>
                  <td>${formatClock(v.arrive)}</td>
                  <td>${formatClock(v.leave)}</td>
                </tr>
                ${
                  v.extra
                    ? html`<tr>
                        <td></td>
                        <td colspan="3">${s.extraAt(v.extra)}</td>
                      </tr>`
                    : nothing
                }
                ${
                  v.rest
                    ? html`<tr>
                        <td></td>
                        <td colspan="3">
                          ${
                            v.restKind === 'meal' && m.plan.meal
                              ? s.mealAt(m.plan.meal.kind, formatClock(v.rest[0]), formatClock(v.rest[1]))
                              : s.restAt(formatClock(v.rest[0]), formatClock(v.rest[1]))
                          }
                        </td>
                      </tr>`
                    : nothing
                }`,
          )}
        </tbody>
      </table>
    </div>`;
  });
}

/** What the teacher must know first: the overrun, the break, and any clash left at a narrow place. */
export function planNotices(s: TripStrings, m: TripModel, name: Name) {
  const p = m.plan;
  const where = (key: string) => (key.startsWith('stop:') ? name(key.slice(5)) : s.narrowLane);
  return html`${p.overBudget ? html`<p class="warn" role="status">${s.overBudget(p.overrun)}</p>` : nothing}
  ${p.meal ? html`<p>${s.mealPlan(p.meal.kind, p.meal.minutes, name(p.meal.at), p.meal.atEnd)}</p>` : nothing}
  ${p.clashes.map(
    (c) =>
      html`<p class="warn">
        ${s.clash(c.groups[0], c.groups[1], where(c.key), formatClock(c.from), formatClock(c.to))}
      </p>`,
  )}`;
}

export function checkpointTable(s: TripStrings, m: TripModel, name: Name) {
  return html`<table class="checkpoints">
    <thead>
      <tr>
        <th scope="col">${s.time}</th>
        <th scope="col">${s.group}</th>
        <th scope="col">${s.place}</th>
        <th scope="col">${s.counted}</th>
      </tr>
    </thead>
    <tbody>
      ${m.plan.checkpoints.map(
        (c) =>
          html`<tr>
            <td>${formatClock(c.time)}</td>
            <td>${s.groupName(c.group)}</td>
            <td>${s.checkpointKinds[c.kind]} · ${name(c.place)}</td>
            <td>____ / ${c.pupils}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}
