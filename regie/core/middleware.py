"""Dutch first: the interface is Dutch unless the user chose another language.

Django's LocaleMiddleware would follow the browser's Accept-Language header, so a civil
servant with an English browser would get an English Regie they never asked for. Here only
the language cookie (set by the language switch) counts.
"""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation


class LocaleMiddleware(DjangoLocaleMiddleware):
    def process_request(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
