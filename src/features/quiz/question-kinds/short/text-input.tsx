/**
 * The typed answers: short (text), numeric (inputMode decimal, unit after the field) and
 * command (monospace, after a `$` prompt, no spell-checking or auto-capitalisation).
 */
import { useT } from '../../../../lib/i18n';
import type { CommandQuestion, NumericQuestion, ShortQuestion } from '../../quiz-schema';
import type { QuestionInputProps } from '../../questions/question-input-props';

export function TextInput(props: QuestionInputProps<ShortQuestion | NumericQuestion | CommandQuestion>) {
  const { question, answer, onAnswer, locked, idPrefix, onEnter } = props;
  const t = useT();
  const inputId = `${idPrefix}-answer`;
  const value = typeof answer === 'string' ? answer : '';
  const isCommand = question.type === 'command';
  const unitId = `${inputId}-unit`;
  const unit = question.type === 'numeric' ? question.unit : undefined;

  const input = (
    <input
      id={inputId}
      type="text"
      className={`field quiz-input${isCommand ? ' quiz-input--command' : ''}`}
      value={value}
      readOnly={locked}
      autoComplete="off"
      {...(question.type === 'numeric' ? { inputMode: 'decimal' as const } : {})}
      {...(isCommand ? { spellCheck: false, autoCapitalize: 'off', autoCorrect: 'off' } : {})}
      aria-describedby={unit !== undefined ? unitId : undefined}
      onChange={(event) => onAnswer(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && onEnter) {
          event.preventDefault();
          onEnter();
        }
      }}
    />
  );

  return (
    <div className="quiz-text-answer">
      <label className="quiz-text-answer__label" htmlFor={inputId}>
        {t(isCommand ? 'quiz.command.label' : 'quiz.answer.label')}
      </label>
      <div className={isCommand ? 'quiz-command' : 'quiz-text-answer__field'}>
        {isCommand && (
          <span className="quiz-command__prompt" aria-hidden="true">
            {t('quiz.command.prompt')}
          </span>
        )}
        {input}
        {unit !== undefined && (
          <span id={unitId} className="quiz-text-answer__unit">
            {unit}
          </span>
        )}
      </div>
    </div>
  );
}
