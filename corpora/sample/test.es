Cuando viniere como una destrucción lo que teméis, y vuestra calamidad llegare como un torbellino; cuando sobre vosotros viniere tribulación y angustia.
Todos los que á ella entraren, no volverán, ni tomarán las veredas de la vida.
Para que andes por el camino de los buenos, y guardes las veredas de los justos.
Porque los rectos habitarán la tierra, y los perfectos permanecerán en ella;
Honra á Jehová de tu sustancia, y de las primicias de todos tus frutos;
Entonces andarás por tu camino confiadamente, y tu pie no tropezará.
Cuando te acostares, no tendrás temor; antes te acostarás, y tu sueño será suave.
No tendrás temor de pavor repentino, ni de la ruina de los impíos cuando viniere:
Sus caminos son instables; no los conocerás, si no considerares el camino de vida.
Ahora pues, hijos, oidme, y no os apartéis de las razones de mi boca.
Como cierva amada y graciosa corza, sus pechos te satisfagan en todo tiempo; y en su amor recréate siempre.
Escápate como el corzo de la mano del cazador, y como el ave de la mano del parancero.
Ve á la hormiga, oh perezoso, mira sus caminos, y sé sabio;
Para que te guarden de la mala mujer, de la blandura de la lengua de la extraña.
No codicies su hermosura en tu corazón, ni ella te prenda con sus ojos:
Para que te guarden de la mujer ajena, y de la extraña que ablanda sus palabras.
No se aparte á sus caminos tu corazón; no yerres en sus veredas.
Oid, porque hablaré cosas excelentes; y abriré mis labios para cosas rectas.
Jehová me poseía en el principio de su camino, ya de antiguo, antes de sus obras.
Eternalmente tuve el principado, desde el principio, antes de la tierra.
Huélgome en la parte habitable de su tierra; y mis delicias son con los hijos de los hombres.
Cualquiera simple, dice, venga acá. A los faltos de cordura dijo:
Las sentencias de Salomón. El hijo sabio alegra al padre; y el hijo necio es tristeza de su madre.
Los tesoros de maldad no serán de provecho: mas la justicia libra de muerte.
Jehová no dejará hambrear el alma del justo: mas la iniquidad lanzará á los impíos.
La memoria del justo será bendita: mas el nombre de los impíos se pudrirá.
En las muchas palabras no falta pecado: mas el que refrena sus labios es prudente.
Hacer abominación es como risa al insensato: mas el hombre entendido sabe.
No aprovecharán las riquezas en el día de la ira: mas la justicia librará de muerte.
Por la bendición de los rectos la ciudad será engrandecida: mas por la boca de los impíos ella será trastornada.
El impío hace obra falsa: mas el que sembrare justicia, tendrá galardón firme.
El deseo de los justos es solamente bien: mas la esperanza de los impíos es enojo.
Según su sabiduría es alabado el hombre: mas el perverso de corazón será en menosprecio.
Mejor es el que es menospreciado y tiene servidores, que el que se precia, y carece de pan.
Hay quienes hablan como dando estocadas de espada: mas la lengua de los sabios es medicina.
La mano de los diligentes se enseñoreará: mas la negligencia será tributaria.
Del fruto de su boca el hombre comerá bien: mas el alma de los prevaricadores hallará mal.
La luz de los justos se alegrará: mas apagaráse la lámpara de los impíos.
El mal mensajero caerá en mal: mas el mensajero fiel es medicina.
El que anda con los sabios, sabio será; mas el que se allega á los necios, será quebrantado.
En el barbecho de los pobres hay mucho pan: mas piérdese por falta de juicio.
Busca el escarnecedor la sabiduría, y no la halla: mas la sabiduría al hombre entendido es fácil.
El corazón conoce la amargura de su alma; y extraño no se entrometerá en su alegría.
El simple cree á toda palabra: mas el avisado entiende sus pasos.
El pobre es odioso aun á su amigo: pero muchos son los que aman al rico.
Los labios de los sabios esparcen sabiduría: mas no así el corazón de los necios.
La reconvención es molesta al que deja el camino: y el que aborreciere la corrección, morirá.
La necedad es alegría al falto de entendimiento: mas el hombre entendido enderezará su proceder.
Lejos está Jehová de los impíos: mas él oye la oración de los justos.
Encomienda á Jehová tus obras, y tus pensamientos serán afirmados.
Cuando los caminos del hombre son agradables á Jehová, aun á sus enemigos pacificará con él.
Peso y balanzas justas son de Jehová: obra suya son todas las pesas de la bolsa.
Los labios justos son el contentamiento de los reyes; y aman al que habla lo recto.
Manantial de vida es el entendimiento al que lo posee: mas la erudición de los necios es necedad.
El corazón del sabio hace prudente su boca; y con sus labios aumenta la doctrina.
Panal de miel son los dichos suaves: suavidad al alma y medicina á los huesos.
El hombre perverso levanta contienda; y el chismoso aparta los mejores amigos.
Corona de honra es la vejez, que se hallará en el camino de justicia.
La suerte se echa en el seno: mas de Jehová es el juicio de ella.
El malo está atento al labio inicuo; y el mentiroso escucha á la lengua detractora.
Mejor es se encuentre un hombre con una osa á la cual han robado sus cachorros, que con un fatuo en su necedad.
El que comienza la pendencia es como quien suelta las aguas: deja pues la porfía, antes que se enmarañe.
En todo tiempo ama el amigo; y el hermano para la angustia es nacido.
El hombre falto de entendimiento toca la mano, fiando á otro delante de su amigo.
Ciertamente no es bueno condenar al justo, ni herir á los príncipes que hacen lo recto.
Detiene sus dichos el que tiene sabiduría: de prudente espíritu es el hombre entendido.
Aun el necio cuando calla, es contado por sabio: el que cierra sus labios es entendido.
Tener respeto á la persona del impío, para hacer caer al justo de su derecho, no es bueno.
Las palabras del chismoso parecen blandas, y descienden hasta lo íntimo del vientre.
Las riquezas del rico son la ciudad de su fortaleza, y como un muro alto en su imaginación.
El que responde palabra antes de oir, le es fatuidad y oprobio.
La suerte pone fin á los pleitos, y desparte los fuertes.
La muerte y la vida están en poder de la lengua; y el que la ama comerá de sus frutos.
El testigo falso no quedará sin castigo; y el que habla mentiras, perecerá.
El temor de Jehová es para vida; y con él vivirá el hombre, lleno de reposo; no será visitado de mal.
El perezoso esconde su mano en el seno: aun á su boca no la llevará.
El que roba á su padre y ahuyenta á su madre, hijo es avergonzador y deshonrador.
Aparejados están juicios para los escarnecedores, y azotes para los cuerpos de los insensatos.
Como aguas profundas es el consejo en el corazón del hombre: mas el hombre entendido lo alcanzará.
Muchos hombres publican cada uno su liberalidad: mas hombre de verdad, ¿quién lo hallará?
Doble pesa y doble medida, abominación son á Jehová ambas cosas.
No digas, yo me vengaré; espera á Jehová, y él te salvará.
Hacer justicia y juicio es á Jehová más agradable que sacrificio.
Mejor es vivir en un rincón de zaquizamí, que con la mujer rencillosa en espaciosa casa.
Hombre necesitado será el que ama el deleite: y el que ama el vino y ungüentos no enriquecerá.
El que sigue la justicia y la misericordia, hallará la vida, la justicia, y la honra.
La ciudad de los fuertes tomó el sabio, y derribó la fuerza en que ella confiaba.
El deseo del perezoso le mata, porque sus manos no quieren trabajar.
El testigo mentiroso perecerá: mas el hombre que oye, permanecerá en su dicho.
El hombre impío afirma su rostro: mas el recto ordena sus caminos.
No hay sabiduría, ni inteligencia, ni consejo, contra Jehová.
El rico se enseñoreará de los pobres; y el que toma prestado, siervo es del que empresta.
El que ama la limpieza de corazón, por la gracia de sus labios su amigo será el rey.
Sima profunda es la boca de las extrañas: aquel contra el cual estuviere Jehová airado, caerá en ella.
No traspases el término antiguo, ni entres en la heredad de los huérfanos:
También ella, como robador, acecha, y multiplica entre los hombres los prevaricadores.
No tengas envidia de los hombres malos, ni desees estar con ellos:
Porque su corazón piensa en robar, é iniquidad hablan sus labios.
El hombre sabio es fuerte; y de pujante vigor el hombre docto.
Si dijeres: Ciertamente no lo supimos; ¿no lo entenderá el que pesa los corazones? El que mira por tu alma, él lo conocerá, y dará al hombre según sus obras.
El que dijere al malo, Justo eres, los pueblos lo maldecirán, y le detestarán las naciones:
Y he aquí que por toda ella habían ya crecido espinas, ortigas habían ya cubierto su haz, y su cerca de piedra estaba ya destruída.
Para la altura de los cielos, y para la profundidad de la tierra, y para el corazón de los reyes, no hay investigación.
No salgas á pleito presto, no sea que no sepas qué hacer al fin, después que tu prójimo te haya dejado confuso.
Como zarcillo de oro y joyel de oro fino, es el que reprende al sabio que tiene oído dócil.
Martillo y cuchillo y saeta aguda, es el hombre que habla contra su prójimo falso testimonio.
El látigo para el caballo, y el cabestro para el asno, y la vara para la espalda del necio.
Esconde el perezoso su mano en el seno; cánsase de tornarla á su boca.
A su ver es el perezoso más sabio que siete que le den consejo.
El carbón para brasas, y la leña para el fuego: y el hombre rencilloso para encender contienda.
Las palabras del chismoso parecen blandas; mas ellas entran hasta lo secreto del vientre.
Sé sabio, hijo mío, y alegra mi corazón, y tendré qué responder al que me deshonrare.
Hierro con hierro se aguza; y el hombre aguza el rostro de su amigo.
El crisol prueba la plata, y la hornaza el oro: y al hombre la boca del que lo alaba.
Porque las riquezas no son para siempre; ¿y será la corona para perpetuas generaciones?
El hombre pobre y robador de los pobres, es lluvia de avenida y sin pan.
Mejor es el pobre que camina en su integridad, que el de perversos caminos, y rico.
El que guarda la ley es hijo prudente: mas el que es compañero de glotones, avergüenza á su padre.
El hombre que hace violencia con sangre de persona, huirá hasta el sepulcro, y nadie le detendrá.
Tener acepción de personas, no es bueno: hasta por un bocado de pan prevaricará el hombre.
El altivo de ánimo suscita contiendas: mas el que en Jehová confía, medrará.
Cuando los impíos son levantados, esconderáse el hombre: mas cuando perecen, los justos se multiplican.
Los hombres sanguinarios aborrecen al perfecto: mas los rectos buscan su contentamiento.
La vara y la corrección dan sabiduría: mas el muchacho consentido avergonzará á su madre.
El que regala á su siervo desde su niñez, á la postre será su hijo.
La soberbia del hombre le abate; pero al humilde de espíritu sustenta la honra.
Muchos buscan el favor del príncipe: mas de Jehová viene el juicio de cada uno.
Abominación es á los justos el hombre inicuo; y abominación es al impío el de rectos caminos.
Ciertamente más rudo soy yo que ninguno, ni tengo entendimiento de hombre.
Dos cosas te he demandado; no me las niegues antes que muera.
Vanidad y palabra mentirosa aparta de mí. No me des pobreza ni riquezas; manténme del pan que he menester;
Por el siervo cuando reinare; y por el necio cuando se hartare de pan;
¿Qué, hijo mío? ¿y qué, hijo de mi vientre? ¿y qué, hijo de mis deseos?
No des á las mujeres tu fuerza, ni tus caminos á lo que es para destruir los reyes.
Dad la cerveza al desfallecido, y el vino á los de amargo ánimo:
Gustó que era buena su granjería: su candela no se apagó de noche.
Alargó su mano al pobre, y extendió sus manos al menesteroso.
Ella se hizo tapices; de lino fino y púrpura es su vestido.
Levantáronse sus hijos, y llamáronla bienaventurada; y su marido también la alabó.
A los cuales, después de haber padecido, se presentó vivo con muchas pruebas indubitables, apareciéndoles por cuarenta días, y hablándoles del reino de Dios.
Y estando con los ojos puestos en el cielo, entre tanto que él iba, he aquí dos varones se pusieron junto á ellos en vestidos blancos;
Entonces se volvieron á Jerusalem del monte que se llama del Olivar, el cual está cerca de Jerusalem camino de un sábado.
Todos éstos perseveraban unánimes en oración y ruego, con las mujeres, y con María la madre de Jesús, y con sus hermanos.
Y en aquellos días, Pedro, levantándose en medio de los hermanos, dijo (y era la compañía junta como de ciento y veinte en número):
Conviene, pues, que de estos hombres que han estado juntos con nosotros todo el tiempo que el Señor Jesús entró y salió entre nosotros,
Y de repente vino un estruendo del cielo como de un viento recio que corría, el cual hinchió toda la casa donde estaban sentados;
Y hecho este estruendo, juntóse la multitud; y estaban confusos, porque cada uno les oía hablar su propia lengua.
Varones hermanos, se os puede libremente decir del patriarca David, que murió, y fué sepultado, y su sepulcro está con nosotros hasta del día de hoy.
Empero siendo profeta, y sabiendo que con juramento le había Dios jurado que del fruto de su lomo, cuanto á la carne, levantaría al Cristo que se sentaría sobre su trono;
Porque para vosotros es la promesa, y para vuestros hijos, y para todos los que están lejos; para cuantos el Señor nuestro Dios llamare.
Este, como vió á Pedro y á Juan que iban á entrar en el templo, rogaba que le diesen limosna.
Y todo el pueblo le vió andar y alabar á Dios.
Y en la fe de su nombre, á éste que vosotros veis y conocéis, ha confirmado su nombre: y la fe que por él es, ha dado á éste esta completa sanidad en presencia de todos vosotros.
Empero Dios ha cumplido así lo que había antes anunciado por boca de todos sus profetas, que su Cristo había de padecer.
Y enviará á Jesucristo, que os fué antes anunciado:
Y hablando ellos al pueblo, sobrevinieron los sacerdotes, y el magistrado del templo, y los Saduceos,
Y Anás, príncipe de los sacerdotes, y Caifás, y Juan y Alejandro, y todos los que eran del linaje sacerdotal;
Mas les mandaron que se saliesen fuera del concilio; y conferían entre sí,
Y sueltos, vinieron á los suyos, y contaron todo lo que los príncipes de los sacerdotes y los ancianos les habían dicho.
Que por boca de David, tu siervo, dijiste: ¿Por qué han bramado las gentes, y los pueblos han pensado cosas vanas?
Asistieron los reyes de la tierra, y los príncipes se juntaron en uno contra el Señor, y contra su Cristo.
Y lo ponían á los pies de los apóstoles; y era repartido á cada uno según que había menester.
Y levantándose los mancebos, le tomaron, y sacándolo, sepultáronlo.
Y por las manos de los apóstoles eran hechos muchos milagros y prodigios en el pueblo; y estaban todos unánimes en el pórtico de Salomón.
Y los que creían en el Señor se aumentaban más, gran número así de hombres como de mujeres;
Y como los trajeron, los presentaron en el concilio: y el príncipe de los sacerdotes les preguntó,
El Dios de nuestros padres levantó á Jesús, al cual vosotros matasteis colgándole en un madero.
Y les dijo: Varones Israelitas, mirad por vosotros acerca de estos hombres en lo que habéis de hacer.
Y ellos partieron de delante del concilio, gozosos de que fuesen tenidos por dignos de padecer afrenta por el Nombre.
Buscad pues, hermanos, siete varones de vosotros de buen testimonio, llenos de Espíritu Santo y de sabiduría, los cuales pongamos en esta obra.
Empero Esteban, lleno de gracia y de potencia, hacía prodigios y milagros grandes en el pueblo.
Porque le hemos oído decir, que este Jesús de Nazaret destruirá este lugar, y mudará las ordenanzas que nos dió Moisés.
Así descendió Jacob á Egipto, donde murió él y nuestros padres;
Los cuales fueron trasladados á Sichêm, y puestos en el sepulcro que compró Abraham á precio de dinero de los hijos de Hemor de Sichêm.
Y fué enseñado Moisés en toda la sabiduría de los egipcios; y era poderoso en sus dichos y hechos.
Y como vió á uno que era injuriado, defendióle, é hiriendo al Egipcio, vengó al injuriado.
A este Moisés, al cual habían rehusado, diciendo: ¿Quién te ha puesto por príncipe y juez? á éste envió Dios por príncipe y redentor con la mano del ángel que le apareció en la zarza.
Al cual nuestros padres no quisieron obedecer; antes le desecharon, y se apartaron de corazón á Egipto,
Y entonces hicieron un becerro, y ofrecieron sacrificio al ídolo, y en las obras de sus manos se holgaron.
Antes, trajisteis el tabernáculo de Moloch, y la estrella de vuestro dios Remphan: figuras que os hicisteis para adorarlas: os transportaré pues, más allá de Babilonia.
Tuvieron nuestros padres el tabernáculo del testimonio en el desierto, como había ordenado Dios, hablando á Moisés que lo hiciese según la forma que había visto.
El cual recibido, metieron también nuestros padres con Josué en la posesión de los Gentiles, que Dios echó de la presencia de nuestros padres, hasta los días de David;
Si bien el Altísimo no habita en templos hechos de mano; como el profeta dice:
Y Saulo consentía en su muerte. Y en aquel día se hizo una grande persecución en la iglesia que estaba en Jerusalem; y todos fueron esparcidos por las tierras de Judea y de Samaria, salvo los apóstoles.
Entonces Felipe, descendiendo á la ciudad de Samaria, les predicaba á Cristo.
Al cual oían todos atentamente desde el más pequeño hasta el más grande, diciendo: Este es la gran virtud de Dios.
Entonces Felipe, abriendo su boca, y comenzando desde esta escritura, le anunció el evangelio de Jesús.
Y yendo por el camino, llegaron á cierta agua; y dijo el eunuco: He aquí agua; ¿qué impide que yo sea bautizado?
Mas las asechanzas de ellos fueron entendidas de Saulo. Y ellos guardaban las puertas de día y de noche para matarle.
Entonces los discípulos, tomándole de noche, le bajaron por el muro en una espuerta.
Las iglesias entonces tenían paz por toda Judea y Galilea y Samaria, y eran edificadas, andando en el temor del Señor; y con consuelo del Espíritu Santo eran multiplicadas.
Y aconteció que Pedro, andándolos á todos, vino también á los santos que habitaban en Lydda.
Y aconteció en aquellos días que enfermando, murió; á la cual, después de lavada, pusieron en una sala.
Este posa en casa de un Simón, curtidor, que tiene su casa junto á la mar: él te dirá lo que te conviene hacer.
Y al día siguiente, yendo ellos su camino, y llegando cerca de la ciudad, Pedro subió á la azotea á orar, cerca de la hora de sexta;
Y vió el cielo abierto, y que descendía un vaso, como un gran lienzo, que atado de los cuatro cabos era bajado á la tierra;
Y esto fué hecho por tres veces; y el vaso volvió á ser recogido en el cielo.
Y llamando, preguntaron si un Simón que tenía por sobrenombre Pedro, posaba allí.
Y estando Pedro pensando en la visión, le dijo el Espíritu: He aquí, tres hombres te buscan.
Envió palabra Dios á los hijos de Israel, anunciando la paz por Jesucristo; éste es el Señor de todos.
Y nosotros somos testigos de todas las cosas que hizo en la tierra de Judea, y en Jerusalem; al cual mataron colgándole en un madero.
A éste dan testimonio todos los profetas, de que todos los que en él creyeren, recibirán perdón de pecados por su nombre.
Entonces respondió Pedro: ¿Puede alguno impedir el agua, para que no sean bautizados éstos que han recibido el Espíritu Santo también como nosotros?
Y oyeron los apóstoles y los hermanos que estaban en Judea, que también los Gentiles habían recibido la palabra de Dios.
Entonces comenzando Pedro, les declaró por orden lo pasado, diciendo:
Y he aquí, luego sobrevinieron tres hombres á la casa donde yo estaba, enviados á mí de Cesarea.
Y la mano del Señor era con ellos: y creyendo, gran número se convirtió al Señor.
Y llegó la fama de estas cosas á oídos de la iglesia que estaba en Jerusalem: y enviaron á Bernabé que fuese hasta Antioquía.
Y conversaron todo un año allí con la iglesia, y enseñaron á mucha gente; y los discípulos fueron llamados Cristianos primeramente en Antioquía.
Y en aquellos días descendieron de Jerusalem profetas á Antioquía.
Y mató á cuchillo á Jacobo, hermano de Juan.
Y habiendo considerado esto, llegó á casa de María la madre de Juan, el que tenía por sobrenombre Marcos, donde muchos estaban juntos orando.
La cual como conoció la voz de Pedro, de gozo no abrió el postigo, sino corriendo adentro, dió nueva de que Pedro estaba al postigo.
Luego que fué de día, hubo no poco alboroto entre los soldados sobre qué se había hecho de Pedro.
Mas la palabra del Señor crecía y era multiplicada.
Y Bernabé y Saulo volvieron de Jerusalem cumplido su servicio, tomando también consigo á Juan, el que tenía por sobrenombre Marcos.
Había entonces en la iglesia que estaba en Antioquía, profetas y doctores: Bernabé, y Simón el que se llamaba Niger, y Lucio Cireneo, y Manahén, que había sido criado con Herodes el tetrarca, y Saulo.
Y habiendo atravesado toda la isla hasta Papho, hallaron un hombre mago, falso profeta, Judío, llamado Barjesús;
Mas les resistía Elimas el encantador (que así se interpreta su nombre), procurando apartar de la fe al procónsul.
Entonces el procónsul, viendo lo que había sido hecho, creyó, maravillado de la doctrina del Señor.
Y por tiempo como de cuarenta años soportó sus costumbres en el desierto;
Varones hermanos, hijos del linaje de Abraham, y los que entre vosotros temen á Dios, á vosotros es enviada la palabra de esta salud.
Y los Gentiles oyendo esto, fueron gozosos, y glorificaban la palabra del Señor: y creyeron todos los que estaban ordenados para vida eterna.
Y la palabra del Señor era sembrada por toda aquella provincia.
Y los discípulos estaban llenos de gozo, y del Espíritu Santo.
El cual en las edades pasadas ha dejado á todas las gentes andar en sus caminos;
Mas rodeándole los discípulos, se levantó y entró en la ciudad; y un día después, partió con Bernabé á Derbe.
Y Dios, que conoce los corazones, les dió testimonio, dándoles el Espíritu Santo también como á nosotros;
Y escribir por mano de ellos: Los apóstoles y los ancianos y los hermanos, á los hermanos de los Gentiles que están en Antioquía, y en Siria, y en Cilicia, salud:
De éste daban buen testimonio los hermanos que estaban en Listra y en Iconio.
Partidos pues de Troas, vinimos camino derecho á Samotracia, y el día siguiente á Neápolis;
Y de allí á Filipos, que es la primera ciudad de la parte de Macedonia, y una colonia; y estuvimos en aquella ciudad algunos días.
Y un día de sábado salimos de la puerta junto al río, donde solía ser la oración; y sentándonos, hablamos á las mujeres que se habían juntado.
Y presentándolos á los magistrados, dijeron: Estos hombres, siendo Judíos, alborotan nuestra ciudad,
Y los alguaciles volvieron á decir á los magistrados estas palabras: y tuvieron miedo, oído que eran Romanos.
Mas no hallándolos, trajeron á Jasón y á algunos hermanos á los gobernadores de la ciudad, dando voces: Estos que alborotan el mundo, también han venido acá;
Y alborotaron al pueblo y á los gobernadores de la ciudad, oyendo estas cosas.
Entonces los hermanos, luego de noche, enviaron á Pablo y á Silas á Berea; los cuales habiendo llegado, entraron en la sinagoga de los Judíos.
Y esperándolos Pablo en Atenas, su espíritu se deshacía en él viendo la ciudad dada á idolatría.
Y algunos filósofos de los Epicúreos y de los Estóicos, disputaban con él; y unos decían: ¿Qué quiere decir este palabrero? Y otros: Parece que es predicador de nuevos dioses: porque les predicaba á Jesús y la resurrección.
Y tomándole, le trajeron al Areópago, diciendo: ¿Podremos saber qué sea esta nueva doctrina que dices?
Porque pones en nuestros oídos unas nuevas cosas: queremos pues saber qué quiere ser esto.
Porque pasando y mirando vuestros santuarios, hallé también un altar en el cual estaba esta inscripción: AL DIOS NO CONOCIDO. Aquél pues, que vosotros honráis sin conocerle, á éste os anuncio yo.
Pasadas estas cosas, Pablo partió de Atenas, y vino á Corinto.
Y hallando á un Judío llamado Aquila, natural del Ponto, que hacía poco que había venido de Italia, y á Priscila su mujer, (porque Claudio había mandado que todos los Judíos saliesen de Roma) se vino á ellos;
Y comenzando Pablo á abrir la boca, Galión dijo á los Judíos: Si fuera algún agravio ó algún crimen enorme, oh Judíos, conforme á derecho yo os tolerara:
Y queriendo él pasar á Acaya, los hermanos exhortados, escribieron á los discípulos que le recibiesen; y venido él, aprovechó mucho por la gracia á los que habían creído:
Y aconteció que entre tanto que Apolos estaba en Corinto, Pablo, andadas las regiones superiores, vino á Efeso, y hallando ciertos discípulos,
Y dijo Pablo: Juan bautizó con bautismo de arrepentimiento, diciendo al pueblo que creyesen en el que había de venir después de él, es á saber, en Jesús el Cristo.
Y entrando él dentro de la sinagoga, hablaba libremente por espacio de tres meses, disputando y persuadiendo del reino de Dios.
Y hacía Dios singulares maravillas por manos de Pablo:
Y el hombre en quien estaba el espíritu malo, saltando en ellos, y enseñoreándose de ellos, pudo más que ellos, de tal manera que huyeron de aquella casa desnudos y heridos.
A los cuales, reunidos con los oficiales de semejante oficio, dijo: Varones, sabéis que de este oficio tenemos ganancia;
Y después que cesó el alboroto, llamando Pablo á los discípulos habiéndoles exhortado y abrazado, se despidió, y partió para ir á Macedonia.
Y llevaron al mozo vivo, y fueron consolados no poco.
Porque Pablo se había propuesto pasar adelante de Efeso; por no detenerse en Asia: porque se apresuraba por hacer el día de Pentecostés, si le fuese posible, en Jerusalem.
Cómo nada que fuese útil he rehuído de anunciaros y enseñaros, públicamente y por las casas,
Por tanto, velad, acordándoos que por tres años de noche y de día, no he cesado de amonestar con lágrimas á cada uno.
Y ahora, hermanos, os encomiendo á Dios, y á la palabra de su gracia: el cual es poderoso para sobreedificar, y daros heredad con todos los santificados.
Entonces hubo un gran lloro de todos: y echándose en el cuello de Pablo, le besaban,
Y nos quedamos allí siete días, hallados los discípulos, los cuales decían á Pablo por Espíritu, que no subiese á Jerusalem.
Y cumplidos aquellos días, salimos acompañándonos todos, con sus mujeres é hijos, hasta fuera de la ciudad; y puestos de rodillas en la ribera, oramos.
Y parando nosotros allí por muchos días, descendió de Judea un profeta, llamado Agabo;
Mas fueron informados acerca de ti, que enseñas á apartarse de Moisés á todos los Judíos que están entre los Gentiles, diciéndoles que no han de circuncidar á los hijos, ni andar según la costumbre.
Porque multitud de pueblo venía detrás, gritando: Mátale.
Y como comenzaron á meter á Pablo en la fortaleza, dice al tribuno: ¿Me será lícito hablarte algo? Y él dijo: ¿Sabes griego?
Entonces dijo Pablo: Yo de cierto soy hombre Judío, ciudadano de Tarso, ciudad no obscura de Cilicia: empero ruégote que me permitas que hable al pueblo.
Y los que estaban conmigo vieron á la verdad la luz, y se espantaron; mas no oyeron la voz del que hablaba conmigo.
Y como yo no viese por causa de la claridad de la luz, llevado de la mano por los que estaban conmigo, vine á Damasco.
Entonces un Ananías, varón pío conforme á la ley, que tenía buen testimonio de todos los Judíos que allí moraban,
Y me aconteció, vuelto á Jerusalem, que orando en el templo, fuí arrebatado fuera de mí.
Y me dijo: Ve, porque yo te tengo que enviar lejos á los Gentiles.
Y dando ellos voces, y arrojando sus ropas y echando polvo al aire,
Y viniendo el tribuno, le dijo: Dime, ¿eres tú Romano? Y él dijo: Sí.
Entonces Pablo, poniendo los ojos en el concilio, dice: Varones hermanos, yo con toda buena conciencia he conversado delante de Dios hasta el día de hoy.
El príncipe de los sacerdotes, Ananías, mandó entonces á los que estaban delante de él, que le hiriesen en la boca.
Porque los Saduceos dicen que no hay resurrección, ni ángel, ni espíritu; mas los Fariseos confiesan ambas cosas.
Y él dijo: Los Judíos han concertado rogarte que mañana saques á Pablo al concilio, como que han de inquirir de él alguna cosa más cierta.
A este hombre, aprehendido de los Judíos, y que iban ellos á matar, libré yo acudiendo con la tropa, habiendo entendido que era Romano.
Y hallé que le acusaban de cuestiones de la ley de ellos, y que ningún crimen tenía digno de muerte ó de prisión.
Porque hemos hallado que este hombre es pestilencial, y levantador de sediciones entre todos los Judíos por todo el mundo, y príncipe de la secta de los Nazarenos:
Y contendían también los Judíos, diciendo ser así estas cosas.
Y por esto, procuro yo tener siempre conciencia sin remordimiento acerca de Dios y acerca de los hombres.
Los cuales debieron comparecer delante de ti, y acusarme, si contra mí tenían algo.
O digan estos mismos si hallaron en mí alguna cosa mal hecha, cuando yo estuve en el concilio,
El cual venido, le rodearon los Judíos que habían venido de Jerusalem, poniendo contra Pablo muchas y graves acusaciones, las cuales no podían probar;
Solamente tenían contra él ciertas cuestiones acerca de su superstición, y de un cierto Jesús, difunto, el cual Pablo afirmaba que estaba vivo.
Porque fuera de razón me parece enviar un preso, y no informar de las causas.
Mayormente sabiendo tú todas las costumbres y cuestiones que hay entre los Judíos: por lo cual te ruego que me oigas con paciencia.
Mi vida pues desde la mocedad, la cual desde el principio fué en mi nación, en Jerusalem, todos los Judíos la saben:
Y habiendo corrido á sotavento de una pequeña isla que se llama Clauda, apenas pudimos ganar el esquife:
El cual tomado, usaban de remedios, ciñendo la nave; y teniendo temor de que diesen en la Sirte, abajadas las velas, eran así llevados.
Porque esta noche ha estado conmigo el ángel del Dios del cual yo soy, y al cual sirvo,
Por tanto, oh varones, tened buen ánimo; porque yo confío en Dios que será así como me ha dicho;
Cortando pues las anclas, las dejaron en la mar, largando también las ataduras de los gobernalles; y alzada la vela mayor al viento, íbanse á la orilla.
Entonces habiendo Pablo recogido algunos sarmientos, y puéstolos en el fuego, una víbora, huyendo del calor, le acometió á la mano.
Y algunos asentían á lo que se decía, mas algunos no creían.
Diciendo: Ve á este pueblo, y diles: De oído oiréis, y no entenderéis; y viendo veréis, y no percibiréis:
Séaos pues notorio que á los Gentiles es enviada esta salud de Dios: y ellos oirán.
Pablo empero, quedó dos años enteros en su casa de alquiler, y recibía á todos los que á él venían,
