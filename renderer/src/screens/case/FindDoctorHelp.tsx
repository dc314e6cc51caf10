/**
 * Where patients are told to look for a second-opinion doctor, and the steps that follow, written in our
 * own words. Plain text on purpose: the app makes no network requests, so nothing here is a link.
 */
const PLACES: Array<{ name: string; what: string }> = [
  {
    name: 'Your own doctor or specialist',
    what: 'Most doctors expect to be asked and can suggest a colleague, often at a larger cancer center. Asking does not offend them.',
  },
  {
    name: 'NCI-designated cancer centers',
    what: 'The National Cancer Institute recognises centers across the country for their cancer care and research. Many run second-opinion programs.',
  },
  {
    name: 'NCI’s Cancer Information Service — 1-800-4-CANCER (1-800-422-6237)',
    what: 'Free and confidential. They can explain your options and tell you about cancer centers near you.',
  },
  {
    name: 'The Commission on Cancer (American College of Surgeons)',
    what: 'Keeps a list of hospitals with accredited cancer programs.',
  },
  {
    name: 'Cancer.Net, from ASCO (the American Society of Clinical Oncology)',
    what: 'Has a “Find an oncologist” directory and plain-language guides to second opinions.',
  },
  {
    name: 'The American Board of Medical Specialties (ABMS)',
    what: 'Lets you check that a doctor is board-certified in the right specialty (their “Certification Matters” check).',
  },
  {
    name: 'The American Medical Association (AMA)',
    what: 'Explains how to check a doctor’s training and licence; your state’s medical board confirms that a doctor is licensed.',
  },
  {
    name: 'Your insurance company’s directory',
    what: 'Shows which doctors and centers are in your plan’s network — call the number on your insurance card.',
  },
  {
    name: 'Patient advocacy groups',
    what: 'Groups for your type of cancer often know experienced centers and can help you prepare.',
  },
];

const STEPS = [
  'Check with your insurance company that the second opinion is covered, and whether you need a referral or prior authorisation.',
  'Book the appointment. Ask the office which records, slides and scans they need, and how they want to receive them.',
  'Send your records ahead of time (use the checklist and record requests in CareBinder).',
  'A few days before, call the office to confirm your records, slides and discs arrived.',
  'At the end of the visit, ask the second doctor to send their report to your first doctor.',
];

/** The offline help page: where to find a second-opinion doctor, and what to do next. */
export function FindDoctorHelp({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div className="stack find-doctor">
      <div>
        <Heading>Finding a second-opinion doctor</Heading>
        <p>
          Look for a doctor who specialises in your type of cancer, ideally at a different hospital from your
          first doctor. These are the places patient guides suggest. Search for the names in your web browser
          or call them — CareBinder itself never goes online.
        </p>
      </div>
      <section aria-labelledby="find-where">
        <Sub id="find-where">Where to look</Sub>
        <ul className="find-doctor__places">
          {PLACES.map((place) => (
            <li key={place.name}>
              <strong>{place.name}</strong>
              <span>{place.what}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="find-steps">
        <Sub id="find-steps">Then, step by step</Sub>
        <ol className="find-doctor__steps">
          {STEPS.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}
