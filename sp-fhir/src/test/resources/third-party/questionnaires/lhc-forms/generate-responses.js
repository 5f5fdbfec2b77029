// Writes the two LHC-Forms PHQ-9 responses of this folder with LHC-Forms itself (npm lforms 40.1.3, jsdom 26):
// the form phq9.json is converted to LHC-Forms data, answered, its total computed by the form's own
// calculatedExpression, and exported as an R4 QuestionnaireResponse. Run in a folder where
// `npm install lforms@40.1.3 jsdom@26` was run, with phq9.json beside it: `node generate-responses.js`.
// (Angular's bootstrap of the web component fails without zone.js; LForms.Util does not need it.)
const fs = require('fs');
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>',
    { runScripts: 'outside-only', pretendToBeVisual: true, url: 'http://localhost/' });
const w = dom.window;
w.eval(fs.readFileSync('node_modules/lforms/dist/lforms/webcomponent/lhc-forms.js', 'utf8'));
w.eval(fs.readFileSync('node_modules/lforms/dist/lforms/fhir/lformsFHIRAll.min.js', 'utf8'));
const LForms = w.LForms;
const q = JSON.parse(fs.readFileSync('phq9.json', 'utf8'));

// picks: the index of the answer chosen for items 1..9 (0 = "Not at all" ... 3 = "Nearly every day");
// difficulty: the index of item 10's answer, or null to leave it unanswered.
async function make(picks, difficulty, out) {
  const lf = LForms.Util.convertFHIRQuestionnaireToLForms(JSON.parse(JSON.stringify(q)), 'R4');
  for (let i = 0; i < 9; i++) lf.items[i].value = lf.items[i].answers[picks[i]];
  if (difficulty !== null) lf.items[10].value = lf.items[10].answers[difficulty];
  const fd = new LForms.LFormsData(lf);
  await fd.loadFHIRResources(false);
  await fd._expressionProcessor.runCalculations(true);
  fd._checkFormControls();
  const qr = LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', fd);
  fs.writeFileSync(out, JSON.stringify(qr, null, 2) + '\n');
  console.log(out, 'total', fd.itemList.find(it => it.linkId === '/44261-6').value);
}

(async () => {
  await make([1, 2, 0, 3, 1, 0, 2, 1, 0], 1, 'lhc-forms-phq9-response-a.json');
  await make([3, 3, 3, 3, 3, 3, 3, 3, 2], null, 'lhc-forms-phq9-response-b.json');
  process.exit(0);
})();
