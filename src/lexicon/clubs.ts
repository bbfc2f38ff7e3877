import type { KnownOrganization } from './organizations.js';

/**
 * Football clubs news names bare, with no head word to say they are organizations: "Feyenoord
 * said", "Real Madrid and Bayern Munich drew". Read with no table, a name before "said" is a
 * person's. Only names that are nothing else: clubs named like their city ("Liverpool",
 * "Porto"), a person ("Chelsea", "Santos") or a book ("Corinthians") are left to context (a
 * score, a results line: sports-teams.ts). Clubs whose names end in a head ("… Rovers",
 * "… FC", "… Juniors") need no row here; "United" is no head ("United Nations High …").
 */
// No country: a club's name adds no country to the story (Benfica's report names no Portugal).
const club = (name: string, ...aliases: string[]): KnownOrganization => ({ name, aliases, country: null });

export const CLUBS: KnownOrganization[] = [
  // Spain
  club('Real Madrid'), club('Atlético Madrid', 'Atletico Madrid', 'Atlético de Madrid', 'Atletico de Madrid'),
  club('Athletic Bilbao'), club('Real Sociedad'), club('Real Betis'), club('Espanyol'),
  club('Villarreal'), club('Deportivo La Coruña', 'Deportivo La Coruna', 'Deportivo'), club('Celta Vigo'),
  club('Real Zaragoza'), club('Osasuna'), club('Rayo Vallecano'),
  // Germany
  club('Bayern Munich', 'Bayern München', 'Bayern'), club('Borussia Dortmund'),
  club('Borussia Mönchengladbach', 'Borussia Moenchengladbach'), club('Bayer Leverkusen'),
  club('Schalke 04', 'Schalke'), club('Werder Bremen'), club('Eintracht Frankfurt'), club('VfB Stuttgart'),
  club('VfL Wolfsburg'), club('Hertha Berlin', 'Hertha BSC', 'Hertha'), club('RB Leipzig'),
  club('TSG Hoffenheim', 'Hoffenheim'),
  // Italy
  club('Juventus'), club('Inter Milan', 'Internazionale'), club('AC Milan'), club('Fiorentina'),
  club('Sampdoria'), club('Atalanta'), club('Udinese'),
  // France
  club('Paris Saint-Germain', 'Paris St Germain', 'Paris St-Germain', 'PSG'), club('Olympique Lyonnais'),
  club('Olympique de Marseille', 'Olympique Marseille'), club('AS Monaco'), club('Girondins de Bordeaux'),
  club('Stade Rennais'),
  // Netherlands, Portugal, Belgium
  club('Ajax', 'Ajax Amsterdam'), club('Feyenoord'), club('PSV Eindhoven', 'PSV'), club('AZ Alkmaar'),
  club('Benfica'), club('Sporting Lisbon', 'Sporting CP'), club('FC Porto'),
  club('Anderlecht'), club('Club Brugge'), club('Standard Liège', 'Standard Liege'),
  // Britain
  club('Manchester United', 'Man United'), club('Newcastle United'), club('Leeds United'), club('West Ham United', 'West Ham'),
  club('Sheffield United'), club('Celtic'), club('Aston Villa'), club('Arsenal'), club('Everton'),
  // Turkey, Greece
  club('Galatasaray'), club('Fenerbahçe', 'Fenerbahce'), club('Beşiktaş', 'Besiktas'), club('Trabzonspor'),
  club('Olympiakos', 'Olympiacos'), club('Panathinaikos'), club('PAOK'), club('AEK Athens'),
  // Russia, Ukraine and eastern Europe
  club('Spartak Moscow'), club('CSKA Moscow'), club('Dynamo Moscow'), club('Lokomotiv Moscow'),
  club('Zenit St Petersburg', 'Zenit Saint Petersburg', 'Zenit'), club('Dynamo Kyiv', 'Dynamo Kiev'),
  club('Shakhtar Donetsk'), club('Red Star Belgrade'), club('Partizan Belgrade'), club('Dinamo Zagreb'),
  club('Hajduk Split'), club('Steaua Bucharest', 'FCSB'), club('Sparta Prague'), club('Slavia Prague'),
  club('Legia Warsaw'), club('Ferencváros', 'Ferencvaros'), club('Rapid Vienna'), club('Red Bull Salzburg'),
  club('Young Boys'), club('Grasshoppers'),
  // The Americas
  club('Flamengo'), club('Fluminense'), club('Botafogo'), club('Palmeiras'), club('Grêmio', 'Gremio'),
  club('Cruzeiro'), club('Atlético Mineiro', 'Atletico Mineiro'), club('River Plate'), club('Independiente'),
  club('Estudiantes'), club('Peñarol', 'Penarol'), club('Colo-Colo'), club('Chivas'), club('Cruz Azul'),
  club('LA Galaxy'), club('Inter Miami'),
  // Africa and Asia
  club('Al Ahly'), club('Zamalek'), club('Kaizer Chiefs'), club('Orlando Pirates'),
  club('Mamelodi Sundowns'), club('Espérance de Tunis', 'Esperance de Tunis'), club('TP Mazembe'),
  club('Al Hilal'), club('Al Nassr'), club('Urawa Red Diamonds', 'Urawa Reds'),
];
