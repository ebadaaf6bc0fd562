/** The demo run's typed answers live with the demo scripts; tests use the same fixture. */
export { TYPED_ANSWERS, typedAnswerFor } from '../../scripts/demo-answers';
