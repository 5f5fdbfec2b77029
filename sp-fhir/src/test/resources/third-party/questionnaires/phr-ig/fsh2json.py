"""Translates the four PHR IG FSH instances (a small, regular FSH subset) to FHIR JSON as SUSHI would."""
import json, re, sys
ALIASES = {"$CodeSystemLoinc": "http://loinc.org",
           "$CodeSystemDataAbsentReason": "http://terminology.hl7.org/CodeSystem/data-absent-reason"}
BASE = "http://hl7.org/fhir/uv/phr"
PROFILES = {"PGHDQuestionnaire": BASE + "/StructureDefinition/pghd-questionnaire",
            "PGHDQuestionnaireResponse": BASE + "/StructureDefinition/pghd-questionnaire-response"}
CANONICALS = {"QuestionnaireScoredAssessmentPHQ9": BASE + "/Questionnaire/phq9",
              "QuestionnaireScoredAssessmentGAD7": BASE + "/Questionnaire/gad7"}
REFS = {"PGHDPatientExample": "Patient/1"}

def coding(text):
    m = re.match(r'(\$\w+)#(\S+)(?: "(.*)")?$', text)
    c = {"system": ALIASES[m.group(1)], "code": m.group(2)}
    if m.group(3) is not None:
        c["display"] = m.group(3)
    return c

def value(text):
    if text.startswith('"'):
        return json.loads(text)
    if text in ("true", "false"):
        return text == "true"
    if text.startswith("#"):
        return text[1:]
    m = re.match(r"Canonical\((\w+)\)", text)
    if m:
        return CANONICALS[m.group(1)]
    m = re.match(r"Reference\((\w+)\)", text)
    if m:
        return {"reference": REFS[m.group(1)]}
    raise ValueError(text)

def convert(path):
    res = {}
    stack = []  # (indent, node)
    rtype = None
    for line in open(path):
        line = line.rstrip()
        if not line.strip():
            continue
        m = re.match(r"InstanceOf: (\w+)", line)
        if m:
            rtype = "Questionnaire" if m.group(1) == "PGHDQuestionnaire" else "QuestionnaireResponse"
            res["resourceType"] = rtype
            res["meta"] = {"profile": [PROFILES[m.group(1)]]}
            continue
        m = re.match(r"( *)\* (.*)$", line)
        if not m:
            continue
        indent = len(m.group(1)) // 2
        body = m.group(2)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        parent = stack[-1][1] if stack else res
        m2 = re.match(r"(\w+)(?:\[(\d+|\+)\])?(?: = (.*))?$", body)
        name, index, val = m2.group(1), m2.group(2), m2.group(3)
        if val is None:  # a new (indexed) element
            lst = parent.setdefault(name, [])
            node = {}
            if name == "answer":
                lst.append(node)
            else:
                lst.append(node)
            stack.append((indent, node))
            continue
        if name in ("valueCoding",):
            parent[name] = coding(val)
        elif name == "code":
            parent.setdefault("code", []).append(coding(val))
        elif name == "subjectType":
            parent["subjectType"] = [value(val)]
        else:
            parent[name] = value(val)
    if rtype == "Questionnaire":
        res["url"] = BASE + "/Questionnaire/" + res["id"]
    return res

for f in sys.argv[1:]:
    out = convert(f)
    order = ["resourceType", "id", "meta", "url", "version", "name", "title", "status", "subjectType", "date",
             "description", "code", "questionnaire", "subject", "authored", "source", "item"]
    out = {k: out[k] for k in order if k in out}
    json.dump(out, open(f.replace(".fsh", ".json"), "w"), indent=2, ensure_ascii=False)
    open(f.replace(".fsh", ".json"), "a").write("\n")
