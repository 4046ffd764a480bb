import { expect, test } from 'vitest';
import { invitationLink } from '../../../../src/organizer/model/invitation-link.ts';

test('the invitation link is this page with the token in the fragment, beside the page it was made on', () => {
  expect(invitationLink('https://map.example.org/app/organize.html#lang=en&view=people', 'ab_C-9')).toBe(
    'https://map.example.org/app/organize.html#invite=ab_C-9',
  );
  expect(invitationLink('http://127.0.0.1:4173/organize.html', 'a b')).toBe(
    'http://127.0.0.1:4173/organize.html#invite=a%20b',
  );
});
