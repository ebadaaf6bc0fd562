import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../dialogs/scoring';
import { answersOf } from './answers';

const ons = (values: Record<string, number | string>) => scoreAssessment(answersOf(values)).ons4;

describe('ONS4 scoring', () => {
  it('scores all minimum answers (0) item by item with ONS bands and no total', () => {
    // 0 → life/worthwhile/happiness band 0–4 "Low"; anxiety band 0–1 "Very low".
    const r = ons({ 'ons4.life_satisfaction': 0, 'ons4.worthwhile': 0, 'ons4.happiness': 0, 'ons4.anxiety': 0 });
    expect(r.items.life_satisfaction).toEqual({ scored: true, value: 0, band: 'low', bandLabel: 'Low' });
    expect(r.items.worthwhile).toEqual({ scored: true, value: 0, band: 'low', bandLabel: 'Low' });
    expect(r.items.happiness).toEqual({ scored: true, value: 0, band: 'low', bandLabel: 'Low' });
    expect(r.items.anxiety).toEqual({ scored: true, value: 0, band: 'very_low', bandLabel: 'Very low' });
    // ONS publishes no composite: the result has only its four items and its source.
    expect(Object.keys(r).sort()).toEqual(['citation', 'instrument', 'items', 'name']);
    expect(JSON.stringify(r)).not.toMatch(/total|composite|sum/i);
  });

  it('scores all maximum answers (10)', () => {
    // 10 → band 9–10 "Very high"; anxiety 10 → band 6–10 "High".
    const r = ons({ 'ons4.life_satisfaction': 10, 'ons4.worthwhile': 10, 'ons4.happiness': 10, 'ons4.anxiety': 10 });
    expect(r.items.life_satisfaction).toMatchObject({ value: 10, band: 'very_high' });
    expect(r.items.worthwhile).toMatchObject({ value: 10, band: 'very_high' });
    expect(r.items.happiness).toMatchObject({ value: 10, band: 'very_high' });
    expect(r.items.anxiety).toMatchObject({ value: 10, band: 'high', bandLabel: 'High' });
  });

  it.each([
    [4, 'low'],
    [5, 'medium'],
    [6, 'medium'],
    [7, 'high'],
    [8, 'high'],
    [9, 'very_high'],
  ])('life satisfaction / worthwhile / happiness boundary %i → %s', (value, band) => {
    const r = ons({ 'ons4.life_satisfaction': value, 'ons4.worthwhile': value, 'ons4.happiness': value });
    expect(r.items.life_satisfaction).toMatchObject({ scored: true, value, band });
    expect(r.items.worthwhile).toMatchObject({ band });
    expect(r.items.happiness).toMatchObject({ band });
  });

  it.each([
    [1, 'very_low'],
    [2, 'low'],
    [3, 'low'],
    [4, 'medium'],
    [5, 'medium'],
    [6, 'high'],
  ])('anxiety boundary %i → %s (higher is worse)', (value, band) => {
    expect(ons({ 'ons4.anxiety': value }).items.anxiety).toMatchObject({ scored: true, value, band });
  });

  it('leaves a missing item unscored while scoring the others', () => {
    const r = ons({ 'ons4.life_satisfaction': 6, 'ons4.worthwhile': 7, 'ons4.anxiety': 2 });
    expect(r.items.happiness).toEqual({ scored: false, missingItems: ['ons4.happiness'], invalidItems: [] });
    expect(r.items.life_satisfaction).toMatchObject({ value: 6, band: 'medium' });
  });

  it('reports a stored value outside 0–10 as invalid instead of banding it', () => {
    const r = ons({ 'ons4.life_satisfaction': 11, 'ons4.worthwhile': -1, 'ons4.happiness': 4.5, 'ons4.anxiety': 'high' });
    for (const key of ['life_satisfaction', 'worthwhile', 'happiness', 'anxiety'] as const) {
      expect(r.items[key]).toEqual({ scored: false, missingItems: [], invalidItems: [`ons4.${key}`] });
    }
  });

  it('carries the ONS citation', () => {
    expect(ons({}).citation).toMatch(/Office for National Statistics/);
  });
});
