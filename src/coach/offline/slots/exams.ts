// An exam's attempts: one long ago, a fail of another test, one only feared, another exam passed later.
import { words } from '../text-match.js';
import { type CompiledValues, found } from './values.js';

/** An attempt at an exam long ago: "failed it at school", "years ago", «в школе не сдала», «лет десять назад». */
export const OLD_ATTEMPT =
  /(?:^| )(?:failed|fail|не сдал|не сдала|завалил|завалила)(?: \S+){0,3} (?:at school|in school|years ago|as a teenager|as a kid|when i was|в школе|в юности|лет назад)(?= |$)|(?:^| )(?:at school|in school|в школе)(?: \S+){0,2} (?:failed|не сдал|не сдала|завалил|завалила)(?= |$)/u;

/**
 * A fail named with a test after it ("failed my driving theory twice", «дважды завалил теорию в ГИБДД»): when that test
 * is another than the goal's own (a CSCS test), the fail is no attempt at this one, and the format is not known from it
 * (blind read 44 started a first CSCS test from "your last mock").
 */
const FAIL_NAMING =
  /(?:^| )(?:failed|fail|flunked|не сдал|не сдала|завалил|завалила|провалил|провалила)(?: \S+){1,4}/gu;

/**
 * A fail or a retake the person fears, not one they had (blind read 32: «очень боюсь завалить и ждать
 * пересдачу» read as a retake, so the exam path began from "your latest mock" for someone with none): "afraid I'll
 * fail and have to resit", «боюсь не сдать», "don't want to retake it". The earliest fail word after the fear, and a
 * retake joined to it by "and", are left out of the `known` reading; a fail said plainly elsewhere still counts.
 */
const FEARED_ATTEMPT =
  /(?:^| )(?:пересда\S*|пересдач\S*|retake\S*|resit\S*|re-sit\S*|another attempt|another try)(?: \S+){0,3} (?:не по карману|не потяну|не могу себе позволить|дорого|слишком дорого|can't afford|cannot afford|costs? too much|too expensive|i can't pay for)(?= |$)|(?:^| )(?:боюсь|боится|страшно|не хочу|чтобы не|afraid|scared|worried|terrified|dread|don't want to|do not want to|to avoid)(?: \S+){0,3}? (?:завалить|провалить|провалиться|не сдать|пересда\S*|пересдач\S*|fail|failing|resit\S*|re-sit\S*|retake\S*)(?: (?:и|and) (?:\S+ ){0,2}(?:пересда\S*|пересдач\S*|resit\S*|re-sit\S*|retake\S*))?(?= |$)/gu;

/**
 * Another exam passed on a later try ("passed my B1 on the third attempt", «B1 сдала с третьего раза»; blind
 * read 35b: a woman who passed her language test on the third try, now facing the citizenship test, got "you know the
 * format, start from your latest mock"). A pass is behind the person, so the exam they passed is not the one the goal
 * is about, and its tries say nothing of this one's format. Left out of the `known` reading like a feared fail — but
 * not the last or previous round of the same exam («прошлую аттестацию сдал со второго раза», "passed the last one on
 * the second try"): a recurring attestation's format is known (lead).
 */
const PASSED_ATTEMPT =
  /(?:^| )(?<!(?:прошл|предыдущ|last|previous)\S*(?: \S+){0,2} )(?:passed|сдал|сдала|сдали)(?: \S+){0,4}? (?:(?:on|at|in) (?:the|my|a) (?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:try|attempt|go|time)|(?:со второго|с третьего|с четвертого|с пятого) раза|(?:со второй|с третьей|с четвертой|с пятой) попытки)(?= |$)|(?:^| )(?:(?:on|at|in) (?:the|my|a) (?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:try|attempt|go)|(?:со второго|с третьего|с четвертого|с пятого) раза|(?:со второй|с третьей|с четвертой|с пятой) попытки)(?: \S+){0,3}? (?:i passed|passed|сдал|сдала|сдали)(?= |$)/gu;

/** A fail or a retake only feared, or another exam passed on a later try: no attempt at this one (`UNSAID.known`). */
export const NO_ATTEMPT_MADE = new RegExp(`${FEARED_ATTEMPT.source}|${PASSED_ATTEMPT.source}`, 'gu');

/** Whether a text says the format is known from an attempt at this exam, not from a fail of another test it names. */
export const ownAttempt = (texts: string[], exam: string, knowns: CompiledValues, exams: CompiledValues) =>
  texts.some((text) => {
    const plain = text.replace(NO_ATTEMPT_MADE, ' ').replace(FAIL_NAMING, (phrase) => {
      const named = found(phrase.trim(), words(phrase), exams);
      return named && named.id !== exam ? ' ' : phrase;
    });
    return found(plain, words(plain), knowns)?.id === 'format';
  });
