import {describe, expect, it} from 'vitest';

import {
  answeredCount,
  archetypeOrder,
  archetypes,
  assess,
  questions,
  type Question,
} from './archetype';

const newToContainers = {
  runtime: 'servers',
  experience: 'none',
  fit: 'unsure',
  privileges: 'unknown',
  learning: 'together',
};

const containerNatives = {
  runtime: 'containers',
  experience: 'routine',
  fit: 'golden-path',
  privileges: 'yes',
  learning: 'self-taught',
};

describe('assess', () => {
  it('names 01 Lift for a team new to containers', () => {
    const result = assess(newToContainers);
    expect(result?.archetype.id).toBe('01');
    expect(result?.archetype.name).toBe('Lift');
    expect(result?.scores).toEqual({'01': 8, NaN: 0});
    expect(result?.customNeeds).toEqual([]);
  });

  it('names NaN Lift & Shift for a team used to containers', () => {
    const result = assess(containerNatives);
    expect(result?.archetype.id).toBe('NaN');
    expect(result?.scores).toEqual({'01': 0, NaN: 8});
  });

  it('names 02 Custom features for any answer that needs one, however experienced the team', () => {
    const result = assess({...containerNatives, privileges: 'no'});
    expect(result?.archetype.id).toBe('02');
    expect(result?.customNeeds).toEqual([
      'No: it needs root, host paths or kernel capabilities',
    ]);
    expect(
      assess({...newToContainers, runtime: 'special', fit: 'beyond'})
        ?.customNeeds,
    ).toHaveLength(2);
  });

  it('counts mixed answers and lets the larger score win', () => {
    // 01: some(1) + together(2) = 3; NaN: containers(2) + some(1) + golden-path(1) + yes(1) = 5
    const result = assess({
      runtime: 'containers',
      experience: 'some',
      fit: 'golden-path',
      privileges: 'yes',
      learning: 'together',
    });
    expect(result?.scores).toEqual({'01': 3, NaN: 5});
    expect(result?.archetype.id).toBe('NaN');
  });

  it('gives a tie to 01 Lift', () => {
    // 01: servers(2) + some(1) + unknown(1) = 4; NaN: some(1) + golden-path(1) + self-taught(2) = 4
    const result = assess({
      runtime: 'servers',
      experience: 'some',
      fit: 'golden-path',
      privileges: 'unknown',
      learning: 'self-taught',
    });
    expect(result?.scores).toEqual({'01': 4, NaN: 4});
    expect(result?.archetype.id).toBe('01');
  });

  it('waits until every question is answered', () => {
    const {learning: _learning, ...fourAnswers} = containerNatives;
    expect(assess(fourAnswers)).toBeUndefined();
    expect(assess({})).toBeUndefined();
    expect(answeredCount(fourAnswers)).toBe(4);
  });

  it('refuses an unknown question or answer', () => {
    expect(() => assess({...containerNatives, colour: 'blue'})).toThrow(
      'There is no question "colour"',
    );
    expect(() => assess({...containerNatives, runtime: 'mainframe'})).toThrow(
      /Question "runtime" has no answer "mainframe"; expected one of servers, containers, special/,
    );
  });

  it('scores any list of questions it is given', () => {
    const single: Question[] = [
      {
        id: 'only',
        text: 'Only question',
        options: [{id: 'a', label: 'A', points: {NaN: 1}}],
      },
    ];
    expect(assess({only: 'a'}, single)?.archetype.id).toBe('NaN');
  });
});

describe('the questions', () => {
  it('have unique ids, and unique answer ids within each question', () => {
    const ids = questions.map((question) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const question of questions) {
      const optionIds = question.options.map((option) => option.id);
      expect(new Set(optionIds).size, question.id).toBe(optionIds.length);
    }
  });

  it('can lead to each of the three archetypes', () => {
    const reached = new Set(
      [
        newToContainers,
        containerNatives,
        {...containerNatives, fit: 'beyond'},
      ].map((answers) => assess(answers)?.archetype.id),
    );
    expect([...reached].sort()).toEqual([...archetypeOrder].sort());
  });

  it('link each archetype to its own guide and checklist', () => {
    const docIds = archetypeOrder.map((id) => archetypes[id].docId);
    expect(new Set(docIds).size).toBe(3);
    for (const id of archetypeOrder) {
      expect(archetypes[id].id).toBe(id);
      expect(archetypes[id].docId).toMatch(/^migration\//);
    }
  });
});
