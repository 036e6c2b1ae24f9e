// A habit given up or to give up: the quit in a title, a cut-down asked for, a quit habit in a goal about something else.

/**
 * "I quit smoking two years ago", «бросил курить год назад» in a goal about something else (a first run): a habit
 * given up is no break from this goal, so neither its verb nor its "ago" reads as coming back. A goal about that
 * habit itself (a relapse: «бросал курить год назад, сорвался») keeps them: see `levelReader`.
 */
export const QUIT_HABIT = /(?<=^| )(?:smok|drink|alcohol|cigarett|vap|кур(?:ить|ени|ю)|пить|пью|алког|сигарет|вейп)/u;
export const QUIT_OTHER =
  /(?<=^| )(?:quit|stopped|gave up|бросила?|бросили)(?: (?:smoking|drinking|alcohol|cigarettes|vaping|курить|пить|алкоголь|сигареты|вейп))(?: (?:about|around|almost|over|почти|уже|около))?(?: (?:a|an|one|two|three|four|five|six|\d+|два|две|три|четыре|пять|полгода))?(?: (?:year|years|month|months|год|года|лет|месяц|месяца|месяцев))?(?: (?:ago|назад))?/gu;

/**
 * A title that says quit («завязать с выпивкой», «бросить пить», "give up drinking", "stop smoking"). Such a
 * goal gets no cut-down steps (a limit, a log of how much) from words that only describe the habit now («в
 * будни не пью», "only at weekends"): only a cut-down the person asks for counts (`CUT_DOWN_ASKED`, or a
 * cut-down word in the title itself: "stop drinking on weeknights" is a limit).
 */
export const QUIT_TITLE =
  /(?:^| )(?:quit|quitting|stop|stopping|give up|giving up|kick|kicking|ditch|no more|done with|get off|бросить|бросаю|брошу|бросать|завязать|завязываю|завяжу|завязал|завязала|завязка|перестать|перестаю|отказаться|отказываюсь|избавиться|избавляюсь|хватит|больше не|покончить|прекратить)(?= |$)/u;
/** A cut-down the person asks for, in words: "I want to cut down", "just drink less", «хочу пить меньше». */
export const CUT_DOWN_ASKED =
  /(?:^| )(?:(?:want|like|trying|try|aim|plan|hope|going|need) to (?:\S+ )?(?:cut down|cut back|reduce|moderate|drink less|smoke less|drink fewer|smoke fewer)|just (?:cut down|cut back|less|fewer|reduce)|not (?:quit|stop|give up) (?:completely|entirely|altogether|for good)|without (?:quitting|stopping|giving up)|(?:хочу|хотел бы|хотела бы|хочется|планирую|пытаюсь|стараюсь|надо|нужно) (?:\S+ )?(?:меньше|сократить|реже|умеренн\S*)|(?:не|без того чтобы) (?:бросать|бросить|отказываться) (?:совсем|полностью|окончательно)|просто (?:меньше|сократить|реже))(?= |$)/u;
