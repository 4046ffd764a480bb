import { describe, expect, it } from 'vitest';
import { subscribeLinks } from '../../../src/listings/subscribe.ts';

const BASE = 'https://song.example.org/map/index.html#lang=en';

describe('calendar subscription links', () => {
  it('the whole calendar from the events service, as webcal and https', () => {
    expect(subscribeLinks(BASE, true)).toEqual({
      all: {
        https: 'https://song.example.org/map/api/events.ics',
        webcal: 'webcal://song.example.org/map/api/events.ics',
      },
    });
  });

  it('a chosen area and category give a second, filtered link', () => {
    const links = subscribeLinks(BASE, true, { area: 'qinghefang', category: 'performance' });
    expect(links.filtered?.https).toBe(
      'https://song.example.org/map/api/events.ics?area=qinghefang&category=performance',
    );
    expect(links.filtered?.webcal).toBe(
      'webcal://song.example.org/map/api/events.ics?area=qinghefang&category=performance',
    );
  });

  it('a static host offers only the calendar built with the app', () => {
    const links = subscribeLinks(BASE, false, { area: 'qinghefang' });
    expect(links).toEqual({
      all: {
        https: 'https://song.example.org/map/data/events.ics',
        webcal: 'webcal://song.example.org/map/data/events.ics',
      },
    });
  });

  it('a plain http origin (a local server) still gives a webcal link', () => {
    expect(subscribeLinks('http://127.0.0.1:4173/', true).all.webcal).toBe(
      'webcal://127.0.0.1:4173/api/events.ics',
    );
  });
});
