import { answerCorrection } from "./answerCorrection.js";
import { appliedChange } from "./appliedChange.js";
import { concretePractice } from "./concretePractice.js";
import { dilutedWe } from "./dilutedWe.js";
import { disguisedSuccess } from "./disguisedSuccess.js";
import { externalBlame } from "./externalBlame.js";
import { failureMention } from "./failureMention.js";
import { futureIntent } from "./futureIntent.js";
import { genericEffort } from "./genericEffort.js";
import { goalParts } from "./goalParts.js";
import { goalStatement } from "./goalStatement.js";
import { hardMoment } from "./hardMoment.js";
import { interviewPractice } from "./interviewPractice.js";
import { interviewReference } from "./interviewReference.js";
import { learningMarker } from "./learningMarker.js";
import { measurableOutcome } from "./measurableOutcome.js";
import { minimisation } from "./minimisation.js";
import { narratedResult } from "./narratedResult.js";
import { noFailureGiven } from "./noFailureGiven.js";
import { noSelfRead } from "./noSelfRead.js";
import { outcomeEvidence } from "./outcomeEvidence.js";
import { overApology } from "./overApology.js";
import { ownCausalAction } from "./ownCausalAction.js";
import { ownResponsibility } from "./ownResponsibility.js";
import { passiveDeflection } from "./passiveDeflection.js";
import { platitude } from "./platitude.js";
import { positiveRead } from "./positiveRead.js";
import { revisitedAct } from "./revisitedAct.js";
import { scorerInstruction } from "./scorerInstruction.js";
import { selfCritique } from "./selfCritique.js";
import { selfInsight } from "./selfInsight.js";
import { situationContext } from "./situationContext.js";
import { specificOwnActions } from "./specificOwnActions.js";
import { topicWords } from "./topicWords.js";

/** Every built-in signal, by camelCase name, for reuse in custom criteria. */
export const signals = Object.freeze({
  answerCorrection, appliedChange, concretePractice, dilutedWe, disguisedSuccess, externalBlame, failureMention,
  futureIntent, genericEffort, goalParts, goalStatement, hardMoment, interviewPractice, interviewReference, learningMarker, measurableOutcome,
  minimisation, narratedResult, noFailureGiven, noSelfRead, outcomeEvidence, overApology, ownCausalAction, ownResponsibility,
  passiveDeflection, platitude, positiveRead, revisitedAct, scorerInstruction, selfCritique, selfInsight, situationContext, specificOwnActions,
  topicWords,
});
