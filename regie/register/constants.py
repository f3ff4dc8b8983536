"""The register's vocabularies. Values are the dossier format's (English, machine-readable);
labels are the Dutch words users see."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("Concept")
    IN_REVIEW = "in_review", _("In beoordeling")
    APPROVED = "approved", _("Goedgekeurd")
    REJECTED = "rejected", _("Afgewezen")
    IN_USE = "in_use", _("In gebruik")
    RETIRED = "retired", _("Buiten gebruik")


class Use(models.TextChoices):
    INDIVIDUAL = "individual", _("Individueel gebruik")
    PROJECT = "project", _("Project")
    SUPPLIER_SERVICE = "supplier_service", _("Dienst van een leverancier")
    UNAVOIDABLE = "unavoidable", _("Onvermijdelijk gebruik (ingebouwd)")


class Environment(models.TextChoices):
    PRODUCTION = "production", _("Productie")
    EXPLORATION = "exploration", _("Verkenning (gecontroleerd, niet-productie)")


class Task(models.TextChoices):
    TEXT_DRAFTING = "text_drafting", _("Teksten opstellen")
    SUMMARISING = "summarising", _("Samenvatten")
    IDEA_GENERATION = "idea_generation", _("Ideeën genereren")
    DATA_ANALYSIS = "data_analysis", _("Data-analyse")
    FAQ_ANSWERING = "faq_answering", _("Vragen beantwoorden")
    AGENT_AUTOMATION = "agent_automation", _("Agents en automatisering")
    PROCESS_AUTOMATION = "process_automation", _("Procesautomatisering")
    DECISION_SUPPORT = "decision_support", _("Ondersteuning bij besluiten")
    # Output types beyond text (issue 17): the gateway serves image and audio endpoints only
    # to applications whose dossier lists them (Algoritmekader aia-28: synthetic images and
    # audio must be recognisable as made by AI).
    IMAGE_GENERATION = "image_generation", _("Afbeeldingen maken of bewerken")
    SPEECH_GENERATION = "speech_generation", _("Spraak maken (synthetische stem)")
    TRANSCRIPTION = "transcription", _("Spraak omzetten naar tekst")


class OpenSource(models.TextChoices):
    OSI = "osi", _("Open source (OSI-definitie)")
    OPEN_WEIGHTS = "open_weights", _("Open gewichten")
    PROPRIETARY = "proprietary", _("Gesloten (propriëtair)")


class Hosting(models.TextChoices):
    ON_PREMISES = "on_premises", _("Eigen systemen (on-premises)")
    EU_CLOUD = "eu_cloud", _("Cloud in de EU")
    NON_EU_CLOUD = "non_eu_cloud", _("Cloud buiten de EU")


class Terms(models.TextChoices):
    CONTRACT = "contract", _("Contract met de organisatie")
    CONSUMER = "consumer", _("Consumentenvoorwaarden")


class Agreement(models.TextChoices):
    AGREED = "agreed", _("Afgesproken")
    MISSING = "missing", _("Ontbreekt")
    NOT_APPLICABLE = "not_applicable", _("Niet van toepassing")


class Retraining(models.TextChoices):
    EXCLUDED = "excluded", _("Uitgesloten")
    ALLOWED = "allowed", _("Toegestaan")
    MISSING = "missing", _("Niet afgesproken")
    NOT_APPLICABLE = "not_applicable", _("Niet van toepassing")


class Expertise(models.TextChoices):
    PRIVACY = "privacy", _("Privacy")
    SECURITY = "security", _("Informatiebeveiliging")
    LEGAL = "legal", _("Juridisch")
    DOMAIN = "domain", _("Vakinhoud")
    ETHICS = "ethics", _("Ethiek")
    TECHNICAL = "technical", _("Techniek")
    CITIZENS = "citizens", _("Burgers / ervaringsdeskundigen")
    COMMUNICATION = "communication", _("Communicatie")
    PROCUREMENT = "procurement", _("Inkoop")


class AssessmentStatus(models.TextChoices):
    DONE = "done", _("Uitgevoerd")
    IN_PROGRESS = "in_progress", _("Bezig")
    NOT_STARTED = "not_started", _("Niet gestart")
    NOT_APPLICABLE = "not_applicable", _("Niet van toepassing")


class AIActRisk(models.TextChoices):
    PROHIBITED = "prohibited", _("Verboden praktijk")
    HIGH = "high", _("Hoog risico")
    TRANSPARENCY = "transparency", _("Transparantieverplichting")
    MINIMAL = "minimal", _("Minimaal risico")
    UNKNOWN = "unknown", _("Onbekend")


class AIActRole(models.TextChoices):
    PROVIDER = "provider", _("Aanbieder")
    DEPLOYER = "deployer", _("Gebruiksverantwoordelijke")
    IMPORTER = "importer", _("Importeur")
    DISTRIBUTOR = "distributor", _("Distributeur")
    AUTHORISED_REPRESENTATIVE = "authorised_representative", _("Gemachtigde")
    PRODUCT_MANUFACTURER = "product_manufacturer", _("Productfabrikant")


class Advice(models.TextChoices):
    GIVEN = "given", _("Gegeven")
    REQUESTED = "requested", _("Gevraagd")
    NONE = "none", _("Niet gevraagd")


class OrganizationKind(models.TextChoices):
    MUNICIPALITY = "gemeente", _("Gemeente")
    PROVINCE = "provincie", _("Provincie")
    WATER_BOARD = "waterschap", _("Waterschap")
    CENTRAL_GOVERNMENT = "rijksoverheid", _("Rijksoverheid")
    AGENCY = "uitvoeringsorganisatie", _("Uitvoeringsorganisatie / ZBO")
    JOINT_ARRANGEMENT = "gemeenschappelijke_regeling", _("Gemeenschappelijke regeling")
    OTHER = "overig", _("Overig")


class Theme(models.TextChoices):
    """Policy areas of the Algoritmeregister standard v1.0 (`category`)."""

    ORGANISATION = "Organisatie en bedrijfsvoering", _("Organisatie en bedrijfsvoering")
    CULTURE = "Cultuur en recreatie", _("Cultuur en recreatie")
    ECONOMY = "Economie", _("Economie")
    PUBLIC_FINANCE = "Overheidsfinanciën", _("Overheidsfinanciën")
    HOUSING = "Wonen", _("Wonen")
    INTERNATIONAL = "Internationaal", _("Internationaal")
    MIGRATION = "Migratie en integratie", _("Migratie en integratie")
    NATURE = "Natuur en milieu", _("Natuur en milieu")
    EDUCATION = "Onderwijs en wetenschap", _("Onderwijs en wetenschap")
    PUBLIC_ORDER = "Openbare orde en veiligheid", _("Openbare orde en veiligheid")
    LAW = "Recht", _("Recht")
    SPATIAL = "Ruimte en infrastructuur", _("Ruimte en infrastructuur")
    SOCIAL_SECURITY = "Sociale zekerheid", _("Sociale zekerheid")
    TRAFFIC = "Verkeer", _("Verkeer")
    WORK = "Werk", _("Werk")
    HEALTH = "Zorg en gezondheid", _("Zorg en gezondheid")
