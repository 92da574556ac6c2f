/**
 * The form's date fields (widget "ngay"): a text box where staff type 15/01/2026
 * (typed-date.ts). Decap's own date widget is a browser date box that rewrites the value on
 * every keystroke: typing a year digit by digit passes through year 0002, which it reads as
 * 1902, so "15/01/2027" was saved as 1907-12-01 (or 1907-01-15), without a word. Here the
 * text stays as typed; a text that names no day is kept as typed (the check before saving
 * refuses it too) and the field says how to write it. A day after today is refused at the
 * field as well (typed-date.ts, dateProblem).
 */
import { editor as t } from '../../i18n/editor.vi.ts';
import type { DecapWindow, WidgetProps } from './decap.ts';
import { dateProblem, localToday, shownDate, typedDate } from './typed-date.ts';

interface Self {
  props: WidgetProps;
  state: { text: string };
  setState(s: object): void;
}

export function dateWidget(w: DecapWindow): { control: unknown; preview: unknown } {
  const { h } = w;
  const control = w.createClass({
    getInitialState(this: Self) {
      return { text: shownDate(this.props.value) };
    },
    isValid(this: Self) {
      const text = this.state.text.trim();
      const today = localToday();
      const problem = text === '' ? undefined : dateProblem(text, today);
      if (problem === 'not-a-day') return { error: { message: t.dateInvalid(text) } };
      if (problem === 'future') return { error: { message: t.dateFuture(text, shownDate(today)) } };
      return true;
    },
    render(this: Self) {
      const { onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      const change = (e: { target: { value: string } }) => {
        const text = e.target.value;
        this.setState({ text });
        onChange(text.trim() === '' ? '' : (typedDate(text) ?? text));
      };
      return h('input', {
        type: 'text', id: forID, className: classNameWrapper, value: this.state.text, placeholder: t.datePlaceholder,
        autoComplete: 'off', onChange: change, onFocus: setActiveStyle, onBlur: setInactiveStyle,
      });
    },
  });
  const preview = (props: { value?: unknown }) => h('span', null, shownDate(props.value));
  return { control, preview };
}
