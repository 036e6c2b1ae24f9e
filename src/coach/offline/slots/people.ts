// People: a parent who is someone else's, never the one a family step names.

/**
 * A parent who is someone else's, named in passing ("his mum and I split", "her dad has her at weekends", "the
 * kids' mum", «с его мамой мы развелись», «отец детей»): the other parent of the person's child, never the person a
 * family step names (blind read 51: a father of a 13-year-old got every step about "your mother"). "Our mum" is theirs.
 */
export const OTHER_PARENT = new RegExp(
  [
    `(?:^| )(?:his|her|their|the kids'?|the children's|the boys'?|the girls'?|(?:my|our) (?:son|daughter|kids?|children|boy|girl)'s?) (?:mum|mom|mother|mommy|mama|dad|father|daddy|papa)(?= |$)`,
    `(?:^| )(?:его|ее|их) (?:мам|мат|отц|отец|пап)\\S*`,
    `(?:^| )(?:мам|мат|отц|отец|пап)\\S* (?:(?:моего|моей|моих|нашего|нашей|наших) )?(?:сына|дочери|дочки|детей|ребенка|сыновей|дочерей)(?= |$)`,
  ].join('|'),
  'g',
);
