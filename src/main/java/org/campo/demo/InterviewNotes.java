package org.campo.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The theme notes of the demo's interviews: synthetic Spanish field notes written for Campo,
 * shaped like the studies it comes from (key informants from government, international
 * cooperation and civil society in Lima, Trujillo, Tumbes and Cusco; in-depth interviews with
 * LGBTQI+ migrants and refugees from Venezuela, typed as notes because they were not recorded).
 * No person, institution or event in them is real.
 */
final class InterviewNotes {
    private InterviewNotes() {
    }

    private static Map<String, String> notes(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static final Map<String, Map<String, String>> KEY_INFORMANTS = Map.of(
            "KI-GOV-01", notes(
                    "notes_documentation", "En el CEBAF se atiende a cientos de personas por día. Muchas llegan sin "
                            + "pasaporte y solo con cédula, y no saben que pueden pedir refugio. El CPP ordenó la "
                            + "situación de muchos, pero las citas en Migraciones tardan semanas.",
                    "notes_health", "El puesto de salud de la frontera depende de la cooperación para medicinas. "
                            + "Sin SIS, las personas con VIH interrumpen el tratamiento antirretroviral en la ruta.",
                    "notes_gbv", "Se reciben casos de violencia basada en género en la trocha. No hay un espacio "
                            + "seguro para mujeres y personas trans mientras esperan.",
                    "notes_discrimination", "En la ciudad se culpa a los venezolanos de los robos; la xenofobia "
                            + "aumenta cuando los medios informan de un delito.",
                    "notes_work", "El trabajo es informal: comercio ambulante y mototaxi, jornadas largas sin "
                            + "contrato.",
                    "notes_coordination", "La mesa de trabajo regional se reúne cada mes, pero la derivación de "
                            + "casos todavía es por teléfono y WhatsApp.",
                    "notes_information", "La gente llega sin saber los requisitos ni dónde hay albergue. Falta un "
                            + "punto de información único.",
                    "recommendations", "Ventanilla única en el CEBAF y difusión de requisitos en la ruta. (Nota "
                            + "sintética.)"),
            "KI-GOV-02", notes(
                    "notes_documentation", "La municipalidad no puede inscribir en sus programas a quien no tiene "
                            + "carné de extranjería o CPP. Muchos no pueden pagar la multa por exceso de permanencia.",
                    "notes_health", "El centro de salud atiende emergencias a todos, pero el personal no conoce la "
                            + "norma que permite atender sin documentos.",
                    "notes_discrimination", "Hay apertura oficial, pero en las reuniones se escuchan comentarios "
                            + "prejuiciosos sobre los venezolanos.",
                    "notes_work", "Se coordinó con empresas locales una feria de empleo; pocos migrantes pudieron "
                            + "postular por no tener documentos.",
                    "notes_coordination", "La cooperación capacitó a funcionarios en derechos de las personas "
                            + "migrantes; el cambio de autoridades hace que se pierdan esas buenas prácticas.",
                    "notes_information", "No tenemos datos de cuántos venezolanos viven en Trujillo; sin cifras no "
                            + "se puede planificar.",
                    "recommendations", "Un registro local de población migrante y presupuesto propio. (Nota sintética.)"),
            "KI-GOV-03", notes(
                    "notes_documentation", "Los trámites de regularización se hacen en Lima o en línea; en Cusco muchos "
                            + "no tienen internet ni saben cómo pedir el CPP.",
                    "notes_discrimination", "Defender a los venezolanos no es una medida popular. Varias autoridades "
                            + "evitan el tema por miedo a la opinión pública.",
                    "notes_work", "Muchos trabajan en turismo y restaurantes sin contrato; los pagos son menores que "
                            + "los de un trabajador peruano.",
                    "notes_coordination", "Los programas para migrantes los financia la cooperación internacional; la "
                            + "región no tiene fondos asignados.",
                    "notes_information", "Las autoridades locales desconocen cómo ha cambiado la política migratoria.",
                    "recommendations", "Campañas contra la xenofobia con la municipalidad. (Nota sintética.)"),
            "KI-INT-04", notes(
                    "notes_documentation", "La solicitud de refugio tarda años y el carné de solicitante no es "
                            + "reconocido por bancos ni empleadores. El CPP ayudó, pero muchos no pueden pagar las tasas.",
                    "notes_health", "Apoyamos la afiliación al SIS de niños y gestantes. Las personas trans piden "
                            + "acceso a hormonas fuera del programa de VIH.",
                    "notes_gbv", "Los casos de violencia basada en género contra mujeres trans rara vez se denuncian; "
                            + "temen a la policía.",
                    "notes_discrimination", "La discriminación por nacionalidad se suma a la que viven por su "
                            + "orientación sexual o identidad de género.",
                    "notes_work", "Los programas de empleo no llegan a personas trans, que terminan en el trabajo "
                            + "sexual.",
                    "notes_coordination", "En Lima hay muchos actores y poca articulación entre el Estado y las "
                            + "organizaciones de base.",
                    "notes_information", "Circula mucha información falsa en redes sobre requisitos y costos de los "
                            + "trámites.",
                    "recommendations", "Incluir variables de orientación sexual e identidad de género, por separado, "
                            + "en los registros. (Nota sintética.)"),
            "KI-INT-05", notes(
                    "notes_documentation", "Abrimos oficina en Cusco hace poco. Orientamos sobre refugio y CPP, pero "
                            + "la mayoría de consultas son por desalojos.",
                    "notes_health", "Sin seguro, la gente va a la farmacia o se automedica. La salud mental casi no "
                            + "se atiende.",
                    "notes_discrimination", "En Cusco la xenofobia es fuerte; las actividades se anuncian sin la "
                            + "palabra migrante para no generar rechazo.",
                    "notes_work", "Damos transferencias de efectivo y cursos para trabajar en turismo.",
                    "notes_coordination", "Ni la región ni los alcaldes asistieron a la apertura de la oficina; "
                            + "coordinamos con parroquias.",
                    "notes_information", "Los migrantes no saben que pueden acceder a nuestros programas porque no se "
                            + "anuncian como tales.",
                    "recommendations", "Espacios de encuentro entre vecinos peruanos y venezolanos. (Nota sintética.)"),
            "KI-ONG-06", notes(
                    "notes_documentation", "Acompañamos trámites de CPP; el nombre del documento no coincide con la "
                            + "identidad de género de las personas trans y eso genera rechazo en cada ventanilla.",
                    "notes_health", "Derivamos a pruebas de VIH. Hay quienes dejaron el tratamiento antirretroviral "
                            + "por meses al no tener SIS.",
                    "notes_gbv", "Recibimos denuncias de acoso y agresión sexual en cuartos alquilados; las víctimas "
                            + "no quieren ir a la comisaría.",
                    "notes_discrimination", "A las parejas del mismo sexo les niegan el alquiler; a las mujeres trans, "
                            + "la atención en servicios públicos.",
                    "notes_work", "Muchas personas LGBTQI+ trabajan en peluquerías y ventas por catálogo sin contrato.",
                    "notes_coordination", "Las organizaciones de base sostienen la respuesta con voluntariado.",
                    "notes_information", "La información llega por grupos de WhatsApp y por las propias "
                            + "organizaciones.",
                    "recommendations", "Protocolos de atención con enfoque de diversidad en salud y Migraciones. "
                            + "(Nota sintética.)"),
            "KI-ONG-07", notes(
                    "notes_documentation", "Muchos tienen el permiso temporal vencido y no saben cómo renovarlo.",
                    "notes_health", "El hospital cobra a quien no tiene SIS; la gente prefiere no ir y se agrava.",
                    "notes_gbv", "Hay violencia de pareja en familias que comparten vivienda con otras familias.",
                    "notes_discrimination", "En Trujillo hay más apertura que en otras ciudades, pero los comentarios "
                            + "xenófobos son frecuentes en el trabajo.",
                    "notes_work", "Los empleadores pagan menos a los venezolanos y no los inscriben en planilla.",
                    "notes_coordination", "La asociación de venezolanos coordina con la municipalidad para ferias de "
                            + "salud.",
                    "notes_information", "No existe un directorio de servicios para migrantes en la ciudad.",
                    "recommendations", "Un directorio de servicios y una línea de orientación. (Nota sintética.)"),
            "KI-ONG-08", notes(
                    "notes_documentation", "Quien entró por trocha no puede regularizarse sin pagar una multa; muchos "
                            + "siguen viaje sin documentos.",
                    "notes_health", "Las personas llegan con heridas y deshidratación; el puesto de salud no se "
                            + "abastece.",
                    "notes_gbv", "Hay explotación sexual de adolescentes en la ruta y trata de personas.",
                    "notes_discrimination", "En Tumbes se asocia a los venezolanos con la delincuencia.",
                    "notes_work", "Algunos trabajan en la pesca y la agricultura por jornales muy bajos.",
                    "notes_coordination", "La red de protección de frontera se reúne, pero la derivación de casos de "
                            + "trata es lenta.",
                    "notes_information", "Las familias no saben dónde denunciar ni a qué albergue ir.",
                    "recommendations", "Casas de acogida y rutas de derivación claras en la frontera. (Nota sintética.)"));

    static final Map<String, Map<String, String>> IN_DEPTH = Map.of(
            "P-001", notes(
                    "notes_journey", "Salió de Maracaibo en bus y cruzó a pie por Rumichaca. En la frontera le "
                            + "robaron el teléfono.",
                    "notes_arrival", "Los primeros días durmió en la terminal; una iglesia le dio alojamiento.",
                    "notes_documentation", "Tiene cita para el CPP; su pasaporte está vencido y no puede renovarlo.",
                    "notes_health", "Vive con VIH; interrumpió el tratamiento durante el viaje y lo retomó cuando una "
                            + "organización le ayudó a afiliarse al SIS.",
                    "notes_discrimination", "En el trabajo oculta que es gay para evitar burlas.",
                    "notes_work", "Atiende en un restaurante doce horas al día sin contrato.",
                    "notes_housing", "Comparte un cuarto con tres compañeros de trabajo.",
                    "notes_networks", "Se apoya en un grupo de WhatsApp de paisanos y en una organización LGBTI.",
                    "notes_future", "Quiere quedarse en el Perú y estudiar enfermería. (Relato sintético.)"),
            "P-002", notes(
                    "notes_journey", "Viajó con otras mujeres trans; en la trocha un grupo armado les cobró para "
                            + "dejarlas pasar.",
                    "notes_arrival", "Llegó a Lima sin dinero y una amiga la recibió.",
                    "notes_documentation", "Pidió refugio hace dos años y sigue esperando. En el carné de solicitante "
                            + "aparece un nombre que no es el suyo.",
                    "notes_health", "Se hormoniza sin control médico porque en el centro de salud le negaron las "
                            + "hormonas si no entra al programa de VIH.",
                    "notes_violence", "Sufrió una agresión en la calle y no denunció porque en la comisaría se "
                            + "burlaron de ella.",
                    "notes_discrimination", "Le cierran la puerta por ser venezolana y por ser trans.",
                    "notes_work", "Trabaja en una peluquería por comisión; a veces hace trabajo sexual.",
                    "notes_housing", "Le negaron varios cuartos cuando vieron su documento.",
                    "notes_networks", "Una organización de mujeres trans le da asesoría y talleres.",
                    "notes_future", "Quiere cambiar su nombre en los documentos. (Relato sintético.)"),
            "P-003", notes(
                    "notes_journey", "Prefirió no contar detalles del viaje.",
                    "notes_arrival", "Llegó a Tumbes hace pocas semanas con su pareja.",
                    "notes_documentation", "No tiene documentos; no sabe si puede pedir refugio ni cuánto cuesta.",
                    "notes_health", "Tiene ansiedad y no duerme; no sabe dónde pedir ayuda de salud mental.",
                    "notes_violence", "Prefirió no hablar del tema; se le ofreció información de servicios.",
                    "notes_work", "Vende caramelos en la calle.",
                    "notes_housing", "Duerme en un albergue temporal.",
                    "notes_networks", "No conoce a nadie fuera del albergue.",
                    "notes_future", "Piensa seguir hacia Lima. (Relato sintético.)"),
            "P-004", notes(
                    "notes_journey", "Viajó en avión a Lima con pasaporte, después se mudó a Trujillo.",
                    "notes_documentation", "Tiene carné de extranjería y un contrato formal.",
                    "notes_health", "Está afiliado a EsSalud por su trabajo; hace su control de VIH cada seis meses.",
                    "notes_discrimination", "Su pareja y él prefieren no mostrarse juntos en la calle; sienten "
                            + "rechazo por ser gais y por ser venezolanos.",
                    "notes_work", "Trabaja en un call center con contrato.",
                    "notes_housing", "Alquila un departamento con su pareja.",
                    "notes_networks", "Participa en una asociación de venezolanos en Trujillo.",
                    "notes_future", "Quiere validar su título de contador. (Relato sintético.)"),
            "P-005", notes(
                    "notes_journey", "Cruzó por trocha con su hermana; caminaron dos días.",
                    "notes_arrival", "En Tumbes le ayudó una ONG con comida y un kit de higiene.",
                    "notes_documentation", "No tiene documentos; escuchó que el CPP es caro y no sabe si califica.",
                    "notes_health", "No está afiliada al SIS; cuando se enfermó fue a la farmacia.",
                    "notes_violence", "Su expareja la golpeaba; salió del cuarto que compartían con ayuda de una "
                            + "vecina.",
                    "notes_discrimination", "En la calle le gritan cosas por ser venezolana y por su forma de vestir.",
                    "notes_work", "Limpia casas por día y a veces no le pagan.",
                    "notes_housing", "Vive con su hermana en un cuarto sin agua.",
                    "notes_networks", "Tiene amigas en un grupo de mujeres lesbianas y bisexuales.",
                    "notes_future", "Quiere estudiar y trabajar formalmente. (Relato sintético.)"),
            "P-006", notes(
                    "notes_journey", "Salió de Caracas en bus; en Ecuador trabajó unos meses antes de seguir.",
                    "notes_arrival", "Llegó a Trujillo porque tenía un primo allí.",
                    "notes_documentation", "Tiene el permiso temporal vencido y no sabe cómo renovarlo.",
                    "notes_health", "El hospital le cobró la atención porque no tiene seguro.",
                    "notes_violence", "En un trabajo lo amenazaron cuando reclamó su pago.",
                    "notes_discrimination", "Un arrendador le dijo que no alquila a venezolanos ni a gais.",
                    "notes_work", "Trabaja en construcción sin contrato.",
                    "notes_housing", "Alquila un cuarto pequeño que comparte con su primo.",
                    "notes_networks", "Recibe información por un grupo de Facebook de migrantes.",
                    "notes_future", "Quiere traer a su madre. (Relato sintético.)"));
}
