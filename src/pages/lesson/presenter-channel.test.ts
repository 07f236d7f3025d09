import { describe, expect, it } from 'vitest';
import { createPrefsStore } from '../../store/prefs';
import { channelName, openPresenterChannel, readMessage, shareLang } from './presenter-channel';
import type { PresenterMessage } from './presenter-messages';
import { createTestChannels } from '../../../test/views/test-channel';

describe('presenter channel', () => {
  it('is named after the lesson', () => {
    expect(channelName('sleepy-student')).toBe('kafka-classroom-sleepy-student');
  });

  it('carries messages between two windows of the same lesson, not to itself', () => {
    const { open } = createTestChannels();
    const lessonSide = openPresenterChannel('sleepy-student', open)!;
    const presenterSide = openPresenterChannel('sleepy-student', open)!;
    const otherLesson = openPresenterChannel('retention', open)!;
    const heardByLesson: PresenterMessage[] = [];
    const heardByPresenter: PresenterMessage[] = [];
    const heardByOther: PresenterMessage[] = [];
    lessonSide.subscribe((m) => heardByLesson.push(m));
    presenterSide.subscribe((m) => heardByPresenter.push(m));
    otherLesson.subscribe((m) => heardByOther.push(m));

    presenterSide.send({ type: 'hello' });
    const state = {
      type: 'state',
      step: 2,
      phase: 'asking',
      answer: null,
      revealed: false,
      offScript: false,
      free: false,
    } as const;
    lessonSide.send(state);
    presenterSide.send({ type: 'command', action: 'next' });

    expect(heardByLesson).toEqual([{ type: 'hello' }, { type: 'command', action: 'next' }]);
    expect(heardByPresenter).toEqual([state]);
    expect(heardByOther).toEqual([]);
  });

  it('stops hearing after unsubscribing or closing', () => {
    const { open, ports } = createTestChannels();
    const a = openPresenterChannel('x', open)!;
    const b = openPresenterChannel('x', open)!;
    const heard: PresenterMessage[] = [];
    const stop = b.subscribe((m) => heard.push(m));
    a.send({ type: 'hello' });
    stop();
    a.send({ type: 'hello' });
    expect(heard).toHaveLength(1);
    b.close();
    a.close();
    expect(ports()).toBe(0);
  });

  it('is null where the browser cannot make one', () => {
    expect(openPresenterChannel('x', () => null)).toBeNull();
  });

  it('ignores anything that is not one of its messages', () => {
    for (const junk of [
      null,
      42,
      'next',
      {},
      { type: 'command', action: 'jump' },
      { type: 'state', step: -1, phase: 'done', answer: null, revealed: false },
      { type: 'state', step: 1.5, phase: 'done', answer: null, revealed: false },
      { type: 'state', step: 1, phase: 'sleeping', answer: null, revealed: false },
      { type: 'state', step: 1, phase: 'done', answer: 'B', revealed: false },
      { type: 'state', step: 1, phase: 'done', answer: null, revealed: 'yes' },
    ]) {
      expect(readMessage(junk)).toBeNull();
    }
    expect(readMessage({ type: 'state', step: 1, phase: 'done', answer: 0, revealed: true })).toEqual({
      type: 'state',
      step: 1,
      phase: 'done',
      answer: 0,
      revealed: true,
      offScript: false,
      free: false,
    });
    expect(readMessage({ type: 'command', action: 'reveal', extra: 1 })).toEqual({
      type: 'command',
      action: 'reveal',
    });
  });
});

describe('presenter channel: the language', () => {
  it('reads a language message only with a language the app speaks', () => {
    expect(readMessage({ type: 'lang', lang: 'es', extra: 1 })).toEqual({ type: 'lang', lang: 'es' });
    expect(readMessage({ type: 'lang', lang: 'en' })).toEqual({ type: 'lang', lang: 'en' });
    for (const junk of [
      { type: 'lang' },
      { type: 'lang', lang: 'fr' },
      { type: 'lang', lang: 'ES' },
      { type: 'lang', lang: 'es-MX' },
      { type: 'lang', lang: null },
      { type: 'lang', lang: ['es'] },
    ]) {
      expect(readMessage(junk)).toBeNull();
    }
  });

  it('shareLang says this window’s changes and follows the other’s without saying them back', () => {
    const { open, sent } = createTestChannels();
    const a = openPresenterChannel('x', open)!;
    const b = openPresenterChannel('x', open)!;
    const prefsA = createPrefsStore('en');
    const prefsB = createPrefsStore('en');
    const stopA = shareLang(a, prefsA);
    const stopB = shareLang(b, prefsB);
    prefsA.getState().setLang('es');
    expect(prefsB.getState().lang).toBe('es');
    prefsB.getState().setLang('en');
    expect(prefsA.getState().lang).toBe('en');
    // B can choose again what it heard last.
    prefsA.getState().setLang('es');
    prefsB.getState().setLang('en');
    expect(prefsA.getState().lang).toBe('en');
    expect(sent).toEqual([
      { type: 'lang', lang: 'es' },
      { type: 'lang', lang: 'en' },
      { type: 'lang', lang: 'es' },
      { type: 'lang', lang: 'en' },
    ]);
    stopB();
    prefsA.getState().setLang('es');
    expect(prefsB.getState().lang).toBe('en');
    stopA();
    a.close();
    b.close();
  });
});
