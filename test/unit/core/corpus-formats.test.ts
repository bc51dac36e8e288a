import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EVALPLUS_UNPREPARED_TEST } from '../../../src/core/corpus-evalplus.js';
import { mbppEntryPoint } from '../../../src/core/corpus-mbpp.js';
import { BenchError } from '../../../src/core/errors.js';
import { arrayElements, lineCounter, objectFields } from '../../../src/core/json-fields.js';
import { createValidators } from '../../../src/core/schemas.js';
import { loadCorpus } from '../../../src/core/task-loader.js';

const validators = createValidators();
const CORPORA = join(import.meta.dirname, '../../fixtures/corpora');
const scratch = () => mkdtempSync(join(tmpdir(), 'bbench-corpus-'));

async function loadError(path: string): Promise<string> {
  try {
    await loadCorpus(path, validators);
  } catch (error) {
    expect(error).toBeInstanceOf(BenchError);
    return (error as BenchError).message;
  }
  throw new Error('expected the corpus to be rejected');
}

describe('MBPP, original release (mbpp.jsonl)', () => {
  it('builds the prompt from the description and the first test, and the test from every assert', async () => {
    const corpus = await loadCorpus(join(CORPORA, 'mbpp.jsonl'), validators);
    expect(corpus.tasks).toHaveLength(6);
    const task = corpus.tasks.find((t) => t.task_id === 'Mbpp/9005');
    expect(task).toMatchObject({ entry_point: 'evaluate', tier: null, tags: ['mbpp'] });
    expect(task?.prompt).toBe(
      `"""\nWrite a function to evaluate an arithmetic expression string with non-negative integers, +, -, *, / (integer division truncating toward zero), unary minus and parentheses, respecting precedence.\nassert evaluate('2 + 3 * 4') == 14\n"""\n`,
    );
    expect(task?.test).toMatch(
      /^def check\(candidate\):\n {4}assert evaluate\('2 \+ 3 \* 4'\) == 14\n/,
    );
    expect(task?.test.match(/^ {4}assert /gm)).toHaveLength(6);
    // The release writes Windows line ends; the reference keeps its helper (tokenize) and its def.
    expect(task?.canonical_solution).not.toContain('\r');
    expect(task?.canonical_solution).toContain('def tokenize(expr):');
    expect(task?.source).toBe(`${join(CORPORA, 'mbpp.jsonl')}:5`);
  });

  it('takes the entry point from the reference: the function the first test calls, else the last def', () => {
    const code =
      'def helper(x):\n    return x\n\ndef main_fn(xs):\n    return [helper(x) for x in xs]\n';
    expect(mbppEntryPoint(code, 'assert main_fn([1]) == [1]')).toBe('main_fn');
    expect(mbppEntryPoint(code, 'assert helper(1) == 1')).toBe('helper');
    expect(mbppEntryPoint(code, 'assert something_else() == 1')).toBe('main_fn');
    expect(mbppEntryPoint('x = 1\n', 'assert x == 1')).toBeNull();
  });

  it('puts the setup code before the asserts', async () => {
    const path = join(scratch(), 'mbpp.jsonl');
    const record = {
      text: 'Write a function to add one.',
      code: 'def add_one(x):\r\n  return x + 1',
      task_id: 7,
      test_setup_code: 'import math',
      test_list: ['assert add_one(math.floor(1.5)) == 2'],
      challenge_test_list: [],
    };
    writeFileSync(path, `${JSON.stringify(record)}\n`);
    const [task] = (await loadCorpus(path, validators)).tasks;
    expect(task?.test).toBe(
      'import math\n\ndef check(candidate):\n    assert add_one(math.floor(1.5)) == 2\n',
    );
    expect(task?.task_id).toBe('Mbpp/7');
  });

  it('names file:line and field for every problem', async () => {
    const path = join(scratch(), 'mbpp.jsonl');
    const good = {
      text: 'Add.',
      code: 'def f(x):\n  return x',
      task_id: 1,
      test_list: ['assert f(1) == 1'],
    };
    writeFileSync(
      path,
      [
        JSON.stringify(good),
        JSON.stringify({ ...good, task_id: 2, test_list: [] }),
        JSON.stringify({ ...good, task_id: 3, code: 'x = 1' }),
        JSON.stringify({ ...good, task_id: 4, text: 42 }),
        '{"text": "cut off',
      ].join('\n'),
    );
    const message = await loadError(path);
    expect(message).toContain(
      `${path}:2: field /test_list: expected a non-empty array of assert strings, received []`,
    );
    expect(message).toContain(
      `${path}:3: field /code: expected a top-level function (def name(...):), none found`,
    );
    expect(message).toContain(
      `${path}:4: field /text: expected the task description (a string), received 42`,
    );
    expect(message).toMatch(new RegExp(`${path}:5: not valid JSON`));
    expect(message).not.toContain(`${path}:1:`);
  });
});

describe('MBPP, sanitized release (sanitized-mbpp.json, one JSON array)', () => {
  it('reads the array with each element at its own line, test_imports first', async () => {
    const path = join(CORPORA, 'sanitized-mbpp.json');
    const corpus = await loadCorpus(path, validators);
    expect(corpus.tasks.map((t) => [t.task_id, t.entry_point, t.source])).toEqual([
      ['Mbpp/9001', 'square_sum', `${path}:2`],
      ['Mbpp/9003', 'merge_intervals', `${path}:14`],
      ['Mbpp/9007', 'hypotenuse', `${path}:28`],
    ]);
    const hypotenuse = corpus.tasks[2];
    expect(hypotenuse?.tags).toEqual(['mbpp-sanitized']);
    expect(hypotenuse?.test.startsWith('import math\n\ndef check(candidate):\n')).toBe(true);
  });

  it('points a bad element at its line', async () => {
    const path = join(scratch(), 'sanitized.json');
    const element = {
      source_file: 'x.ipynb',
      task_id: 5,
      prompt: 'Add.',
      code: 'def f(x):\n    return x',
      test_imports: 'import math',
      test_list: ['assert f(1) == 1'],
    };
    writeFileSync(path, JSON.stringify([{ ...element, test_imports: [] }, element], null, 4));
    expect(await loadError(path)).toContain(
      `${path}:12: field /test_imports: expected an array of import lines, received "import math"`,
    );
  });
});

describe('EvalPlus (HumanEval+, MBPP+)', () => {
  it('keeps the inputs as the file wrote them: big integers, NaN and Infinity reach Python unchanged', async () => {
    const corpus = await loadCorpus(join(CORPORA, 'HumanEvalPlus.jsonl'), validators);
    const digits = corpus.tasks.find((t) => t.task_id === 'HumanEval/902');
    expect(digits?.evalplus?.plusInput).toContain('123456789012345678901234567890');
    expect(corpus.tasks[0]?.evalplus).toMatchObject({ dataset: 'humaneval', atol: 0, plus: false });
    expect(corpus.tasks[0]?.evalplus?.plusInput).toContain('[[NaN, 1.0, Infinity, -Infinity]]');
    expect(corpus.tasks[0]?.evalplus?.contract).toContain('$_CONTRACT_$');
    // Until the expected outputs are computed in the sandbox, the test fails whatever the sample.
    expect(corpus.tasks[0]?.test).toBe(EVALPLUS_UNPREPARED_TEST);
  });

  it('reads MBPP+ (and its gzip), and --plus changes the corpus hash', async () => {
    const path = join(CORPORA, 'MbppPlus.jsonl');
    const base = await loadCorpus(path, validators);
    expect(base.tasks.map((t) => [t.task_id, t.entry_point, t.tags[0]])).toEqual([
      ['Mbpp/2', 'similar_elements', 'mbpp-plus'],
      ['Mbpp/9101', 'circle_area', 'mbpp-plus'],
      ['Mbpp/9102', 'count_divisible', 'mbpp-plus'],
    ]);
    expect(base.tasks[0]?.evalplus?.dataset).toBe('mbpp');
    const gz = join(scratch(), 'MbppPlus.jsonl.gz');
    writeFileSync(gz, gzipSync(readFileSync(path)));
    expect((await loadCorpus(gz, validators)).hash).toBe(base.hash);
    const plus = await loadCorpus(path, validators, { plus: true });
    expect(plus.tasks[0]?.evalplus?.plus).toBe(true);
    expect(plus.hash).not.toBe(base.hash);
  });

  it('names file:line and field for every problem', async () => {
    const path = join(scratch(), 'HumanEvalPlus.jsonl');
    const line = (over: string) =>
      `{"task_id": "HumanEval/1", "prompt": "def f(x):\\n", "entry_point": "f", "canonical_solution": "    return x\\n", "base_input": [[1]], "plus_input": [[2]], "atol": 0${over}}`;
    writeFileSync(
      path,
      [
        line(''),
        line(', "atol": "tight"').replace('"HumanEval/1"', '"HumanEval/2"'),
        line('').replace('"plus_input": [[2]]', '"plus_input": 3').replace('/1"', '/3"'),
        line('').replace('"entry_point": "f"', '"entry_point": "not valid"').replace('/1"', '/4"'),
      ].join('\n'),
    );
    const message = await loadError(path);
    expect(message).toContain(`${path}:2: field /atol: expected a number ≥ 0, received "tight"`);
    expect(message).toContain(
      `${path}:3: field /plus_input: expected an array of argument lists, received 3`,
    );
    expect(message).toContain(
      `${path}:4: field /entry_point: expected a Python identifier, received "not valid"`,
    );
  });
});

describe('json-fields', () => {
  it('finds top-level members as raw text, whatever tokens Python would accept', () => {
    const { fields, end } = objectFields('{"a": [1, {"b": "]"}], "c": NaN, "d": "x\\"y"} tail');
    expect([...fields]).toEqual([
      ['a', '[1, {"b": "]"}]'],
      ['c', 'NaN'],
      ['d', '"x\\"y"'],
    ]);
    expect(end).toBe(45);
  });

  it('finds array elements and their lines', () => {
    const text = '[\n  {"a": 1},\n  {"b": "[,]"}\n]';
    const elements = arrayElements(text);
    const line = lineCounter(text);
    expect(elements.map((e) => [text.slice(e.start, e.end), line(e.start)])).toEqual([
      ['{"a": 1}', 2],
      ['{"b": "[,]"}', 3],
    ]);
  });

  it('says where JSON is cut off', () => {
    expect(() => objectFields('{"a": [1, 2')).toThrow(/unterminated array/);
    expect(() => objectFields('{"a" 1}')).toThrow(/expected ':' after "a"/);
  });
});
