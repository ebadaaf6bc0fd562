/**
 * The Adaptive Card 1.5 JSON this bot sends, as types: only the elements and properties our cards
 * use, with the values the 1.5 schema allows, so a misspelt property or a colour Teams does not
 * know fails to compile instead of rendering wrongly.
 *
 * Why a local model and not a package: the `adaptivecards` npm package (which the tests use to
 * parse and validate every card) models the renderer as classes, not the JSON, so it gives no
 * type for a card literal; a full generated schema type would be far larger than the subset
 * here. The tests keep this honest: every card is parsed by the official library as 1.5.
 */

type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large' | 'ExtraLarge' | 'Padding';
export type Colour = 'Default' | 'Dark' | 'Light' | 'Accent' | 'Good' | 'Warning' | 'Attention';
type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

interface ElementBase {
  id?: string;
  spacing?: Spacing;
  separator?: boolean;
}

export interface TextBlock extends ElementBase {
  type: 'TextBlock';
  /** Markdown: callers escape what a person typed (card-kit escapeMarkdown). */
  text: string;
  wrap?: boolean;
  size?: 'Default' | 'Small' | 'Medium' | 'Large' | 'ExtraLarge';
  weight?: 'Default' | 'Lighter' | 'Bolder';
  color?: Colour;
  isSubtle?: boolean;
}

export interface ImageElement extends ElementBase {
  type: 'Image';
  url: string;
  altText: string;
  size?: 'Auto' | 'Stretch' | 'Small' | 'Medium' | 'Large';
}

export interface FactSet extends ElementBase {
  type: 'FactSet';
  facts: Array<{ title: string; value: string }>;
}

export interface Container extends ElementBase {
  type: 'Container';
  items: CardElement[];
  style?: ContainerStyle;
}

export interface Column {
  type: 'Column';
  width?: 'auto' | 'stretch' | number;
  verticalContentAlignment?: 'Top' | 'Center' | 'Bottom';
  items: CardElement[];
}

/** Buttons inside the body (e.g. one per caseload row), rather than at the card's foot. */
export interface ActionSet extends ElementBase {
  type: 'ActionSet';
  actions: CardAction[];
}

export interface ColumnSet extends ElementBase {
  type: 'ColumnSet';
  columns: Column[];
}

interface InputBase extends ElementBase {
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
}

export interface InputText extends InputBase {
  type: 'Input.Text';
  isMultiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  value?: string;
}

export interface InputNumber extends InputBase {
  type: 'Input.Number';
  min?: number;
  max?: number;
  value?: number;
}

export interface InputChoiceSet extends InputBase {
  type: 'Input.ChoiceSet';
  choices: Array<{ title: string; value: string }>;
  style?: 'compact' | 'expanded' | 'filtered';
  isMultiSelect?: boolean;
  /** The selected value(s), comma-separated for a multi-select. */
  value?: string;
}

/** Any element a card body (or a Container or Column) may hold. */
export type CardElement = TextBlock | ImageElement | FactSet | Container | ColumnSet | ActionSet | InputText | InputNumber | InputChoiceSet;

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  /** Returned to the bot as the activity's value: free-form JSON by the card spec, parsed by service/card-actions.ts. */
  data: Record<string, unknown>;
  style?: 'default' | 'positive' | 'destructive';
}

export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: AdaptiveCard;
}

export type CardAction = SubmitAction | ShowCardAction;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema?: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  /** Shown by clients that cannot render the card, and read by notifications (bot/render.ts). */
  fallbackText?: string;
}
