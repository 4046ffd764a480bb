import { LitElement, css, html, nothing } from 'lit';
import type { Lang } from '../../i18n/lang.ts';
import { sharedStyles } from '../../theme/shared-styles.ts';
import type { GuideStrings } from './guide-strings.ts';
import { guideStyles } from './guide.styles.ts';

/** BCP 47 tags asked of the speech engine, and the prefix a voice's own tag must have. */
const SPEECH_LANG: Record<Lang, { tag: string; prefix: string }> = {
  zh: { tag: 'zh-CN', prefix: 'zh' },
  'zh-Hant': { tag: 'zh-TW', prefix: 'zh' },
  en: { tag: 'en-GB', prefix: 'en' },
};

/** Sentences, each kept with its closing mark; a reader skips one at a time. */
export function sentences(text: string): string[] {
  return (text.match(/[^。！？.!?]+[。！？.!?]*/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

/**
 * Reads a text aloud with the device's own speech engine (Web Speech API), one sentence at a time: started by
 * a tap, with pause/resume, skip to the next sentence and stop. Where the device has no voice for the
 * language, or no speech engine, it says so and reads nothing. Speech stops when the element goes away.
 *
 * @summary Read-aloud controls for a story.
 */
export class ReadAloud extends LitElement {
  static properties = {
    text: {},
    lang: {},
    s: { attribute: false },
    state: { state: true },
    problem: { state: true },
  };

  /** The text to read. */
  declare text: string;
  /** Its language. */
  declare lang: Lang;
  /** UI strings. */
  declare s: GuideStrings;
  declare state: 'idle' | 'speaking' | 'paused';
  declare problem: 'no-voice' | 'no-speech' | undefined;
  private parts: string[] = [];
  private at = 0;
  /** The utterance being spoken; an end event from any other (cancelled) one is ignored. */
  private current: SpeechSynthesisUtterance | undefined;

  constructor() {
    super();
    this.text = '';
    this.lang = 'zh';
    this.state = 'idle';
  }

  static styles = [
    sharedStyles,
    guideStyles,
    css`
      :host {
        display: block;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem;
      }
      p {
        margin: 0.4rem 0 0;
      }
    `,
  ];

  disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.state !== 'idle') this.stop();
  }

  protected willUpdate(changed: Map<PropertyKey, unknown>): void {
    if ((changed.has('text') || changed.has('lang')) && this.state !== 'idle') this.stop();
  }

  private voice(): SpeechSynthesisVoice | undefined {
    const prefix = SPEECH_LANG[this.lang].prefix;
    return speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().replace('_', '-').startsWith(prefix));
  }

  private async start() {
    if (!('speechSynthesis' in window)) {
      this.problem = 'no-speech';
      return;
    }
    let voice = this.voice();
    // Chromium lists its voices only after they have loaded: wait once for the list.
    if (!voice && !speechSynthesis.getVoices().length) {
      await new Promise<void>((resolve) => {
        speechSynthesis.addEventListener('voiceschanged', () => resolve(), { once: true });
        setTimeout(resolve, 1500);
      });
      voice = this.voice();
    }
    if (!voice) {
      this.problem = 'no-voice';
      return;
    }
    this.problem = undefined;
    this.parts = sentences(this.text);
    speechSynthesis.cancel();
    this.speak(0, voice);
  }

  private speak(i: number, voice = this.voice()) {
    this.at = i;
    if (i >= this.parts.length || !voice) {
      this.current = undefined;
      this.state = 'idle';
      return;
    }
    const u = new SpeechSynthesisUtterance(this.parts[i]);
    u.lang = SPEECH_LANG[this.lang].tag;
    u.voice = voice;
    const next = () => {
      if (this.current === u) this.speak(i + 1, voice);
    };
    u.addEventListener('end', next);
    u.addEventListener('error', next);
    this.current = u;
    this.state = 'speaking';
    speechSynthesis.speak(u);
  }

  private pause() {
    speechSynthesis.pause();
    this.state = 'paused';
  }

  private resume() {
    speechSynthesis.resume();
    this.state = 'speaking';
  }

  private skip() {
    this.current = undefined;
    speechSynthesis.cancel();
    this.speak(this.at + 1);
  }

  private stop() {
    this.current = undefined;
    speechSynthesis.cancel();
    this.state = 'idle';
  }

  render() {
    const s = this.s;
    return html`<div class="row">
        ${
          this.state === 'idle'
            ? html`<button class="primary" @click=${() => void this.start()}>${s.readAloud}</button>`
            : html`${
                  this.state === 'speaking'
                    ? html`<button @click=${this.pause}>${s.pause}</button>`
                    : html`<button @click=${this.resume}>${s.resume}</button>`
                }
                <button @click=${this.skip}>${s.skip}</button>
                <button @click=${this.stop}>${s.stopReading}</button>`
        }
      </div>
      ${
        this.problem
          ? html`<p class="status problem" role="status">
              ${this.problem === 'no-voice' ? s.noVoice : s.noSpeech}
            </p>`
          : nothing
      }`;
  }
}

customElements.define('read-aloud', ReadAloud);

declare global {
  interface HTMLElementTagNameMap {
    'read-aloud': ReadAloud;
  }
}
