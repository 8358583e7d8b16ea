interface StepDotsProps {
  readonly current: number;
  readonly total: number;
}

/** Where the presenter is within a slide's reveals; the live region says it in words. */
export const StepDots = ({ current, total }: StepDotsProps) => (
  <p className="step-dots" aria-hidden="true">
    {Array.from({ length: total }, (_, index) => (
      <span key={index} className="step-dots__dot" data-done={index <= current ? 'true' : undefined} />
    ))}
  </p>
);
