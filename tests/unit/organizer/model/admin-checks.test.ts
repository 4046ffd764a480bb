import { describe, expect, test } from 'vitest';
import {
  checkInvitation,
  checkOrganization,
  organizationBody,
  problemOfIssue,
} from '../../../../src/organizer/model/admin-checks.ts';

const org = { name_zh: '杭州某剧社', name_en: 'Hangzhou Theatre Club', url: '' };

describe('admin form checks', () => {
  test('an organization needs both names; blanks count as missing', () => {
    expect(checkOrganization(org)).toEqual({});
    expect(checkOrganization({ ...org, name_zh: '  ', name_en: '' })).toEqual({
      name_zh: 'required',
      name_en: 'required',
    });
  });

  test('names longer than the server takes are too long', () => {
    expect(checkOrganization({ ...org, name_zh: '宋'.repeat(121), name_en: 'x'.repeat(161) })).toEqual({
      name_zh: 'tooLong',
      name_en: 'tooLong',
    });
  });

  test('a website must be an http(s) address; none is fine', () => {
    expect(checkOrganization({ ...org, url: 'javascript:alert(1)' })).toEqual({ url: 'url' });
    expect(checkOrganization({ ...org, url: 'club.example.org' })).toEqual({ url: 'url' });
    expect(checkOrganization({ ...org, url: 'https://club.example.org/about' })).toEqual({});
  });

  test('the organization sent is trimmed and leaves out an empty website', () => {
    expect(organizationBody({ name_zh: ' 剧社 ', name_en: ' Club ', url: '  ' })).toEqual({
      name_zh: '剧社',
      name_en: 'Club',
    });
    expect(organizationBody({ ...org, url: ' https://a.example/ ' }).url).toBe('https://a.example/');
  });

  test('an invitation needs an e-mail address, and an organizer needs an organization', () => {
    expect(checkInvitation({ email: '', role: 'moderator', organization: '' })).toEqual({
      email: 'required',
    });
    expect(checkInvitation({ email: 'not-an-address', role: 'moderator', organization: '' })).toEqual({
      email: 'email',
    });
    expect(checkInvitation({ email: 'a@example.org', role: 'organizer', organization: '' })).toEqual({
      organization: 'organization',
    });
    expect(checkInvitation({ email: 'a@example.org', role: 'organizer', organization: 'new' })).toEqual({});
    expect(checkInvitation({ email: 'a@example.org', role: 'admin', organization: '' })).toEqual({});
  });

  test('the server’s field codes map to the same problems', () => {
    expect(problemOfIssue({ code: 'required' })).toBe('required');
    expect(problemOfIssue({ code: 'tooLong', limit: 120 })).toBe('tooLong');
    expect(problemOfIssue({ code: 'url' })).toBe('url');
    expect(problemOfIssue({ code: 'email' })).toBe('email');
    expect(problemOfIssue({ code: 'organization' })).toBe('organization');
    expect(problemOfIssue({ code: 'html' })).toBe('other');
  });
});
