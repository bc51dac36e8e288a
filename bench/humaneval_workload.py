"""Shared by the bench's Python baselines: reads a HumanEval-format problems file and samples file
(the workload `npm run bench` writes from the bundled corpus) and assembles each program exactly as
openai/human-eval's check_correctness does: prompt + completion + "\\n" + test + "\\n" + check(entry_point).
"""
import json


def read_programs(problems_path, samples_path):
    problems = {}
    with open(problems_path) as f:
        for line in f:
            if line.strip():
                t = json.loads(line)
                problems[t["task_id"]] = t
    programs = []
    with open(samples_path) as f:
        for line in f:
            if not line.strip():
                continue
            s = json.loads(line)
            t = problems[s["task_id"]]
            programs.append(t["prompt"] + s["completion"] + "\n" + t["test"] + "\n" + f"check({t['entry_point']})")
    return programs
