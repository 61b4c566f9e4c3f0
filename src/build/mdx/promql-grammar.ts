/**
 * A small TextMate grammar for PromQL (shiki has none): enough to colour
 * the queries the course shows (metrics, label matchers, functions, ranges).
 */
import type { LanguageRegistration } from 'shiki';

export const promqlGrammar: LanguageRegistration = {
  name: 'promql',
  scopeName: 'source.promql',
  repository: {},
  patterns: [
    { match: '#.*$', name: 'comment.line.number-sign.promql' },
    { match: '"(?:[^"\\\\]|\\\\.)*"', name: 'string.quoted.double.promql' },
    { match: "'(?:[^'\\\\]|\\\\.)*'", name: 'string.quoted.single.promql' },
    { match: '\\[[0-9]+[smhdwy](?::[0-9]*[smhdwy]?)?\\]', name: 'constant.other.duration.promql' },
    {
      match: '\\b(by|without|on|ignoring|group_left|group_right|offset|bool|and|or|unless)\\b',
      name: 'keyword.control.promql',
    },
    {
      match:
        '\\b(sum|avg|min|max|count|count_values|stddev|stdvar|topk|bottomk|quantile|rate|irate|increase|delta|idelta|deriv|predict_linear|histogram_quantile|abs|ceil|floor|round|clamp_min|clamp_max|absent|changes|resets|label_replace|label_join|time|vector|scalar|sort|sort_desc|avg_over_time|max_over_time|min_over_time|sum_over_time|count_over_time)\\b(?=\\s*\\()',
      name: 'support.function.promql',
    },
    { match: '\\b[0-9]+(?:\\.[0-9]+)?(?:e[+-]?[0-9]+)?\\b', name: 'constant.numeric.promql' },
    { match: '(=~|!~|!=|==|>=|<=|[-+*/%^<>=])', name: 'keyword.operator.promql' },
    { match: '[a-zA-Z_][a-zA-Z0-9_]*(?=\\s*(=~|!~|!=|=))', name: 'entity.other.attribute-name.promql' },
  ],
};
