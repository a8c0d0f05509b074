/** The popup's messages and the toggle's focus flag: names say their direction, guards accept only well-formed ones. */
import { describe, expect, it } from 'vitest';
import {
  GET_EXPORT, GET_PAGE_SUMMARY, isGetExport, isGetPageSummary, isPageSummary, isSetSidebar, isToggleSidebar,
  SET_SIDEBAR, TOGGLE_SIDEBAR, type PageSummary,
} from '../../utils/messages';

const SUMMARY: PageSummary = {
  state: 'ready', reason: null, site: 'example.com', siteEnabled: true, title: 'T',
  sources: 3, unnamed: 1, organisations: 1, quotes: 4, adsHidden: 0, sidebar: 'open',
};

describe('popup messages', () => {
  it('name their direction', () => {
    for (const name of [SET_SIDEBAR, GET_PAGE_SUMMARY, GET_EXPORT]) expect(name).toMatch(/^popup→content:/);
  });

  it('accept only well-formed messages', () => {
    expect(isSetSidebar({ type: SET_SIDEBAR, open: true })).toBe(true);
    expect(isSetSidebar({ type: SET_SIDEBAR, open: 'yes' })).toBe(false);
    expect(isGetPageSummary({ type: GET_PAGE_SUMMARY })).toBe(true);
    expect(isGetPageSummary({ type: GET_EXPORT })).toBe(false);
    expect(isGetExport({ type: GET_EXPORT, format: 'json' })).toBe(true);
    expect(isGetExport({ type: GET_EXPORT, format: 'markdown' })).toBe(true);
    expect(isGetExport({ type: GET_EXPORT, format: 'csv' })).toBe(false);
    expect(isGetExport(null)).toBe(false);
  });

  it('check the focus flag of the toggle', () => {
    expect(isToggleSidebar({ type: TOGGLE_SIDEBAR, focus: true })).toBe(true);
    expect(isToggleSidebar({ type: TOGGLE_SIDEBAR })).toBe(true);
    expect(isToggleSidebar({ type: TOGGLE_SIDEBAR, focus: 'yes' })).toBe(false);
  });

  it('recognise a page summary, and nothing less', () => {
    expect(isPageSummary(SUMMARY)).toBe(true);
    expect(isPageSummary({ ...SUMMARY, sidebar: 'half' })).toBe(false);
    expect(isPageSummary({ ...SUMMARY, quotes: '4' })).toBe(false);
    expect(isPageSummary(undefined)).toBe(false);
  });
});
