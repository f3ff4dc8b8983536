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


class ErrorPageMiddleware:
    """A page for 405 (Django answers it with an empty body): rendered like the other
    error pages, except for the API and the gateway, which answer machines."""

    MACHINE_PATHS = ("/api/", "/v1/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (response.status_code == 405 and not response.content
                and not request.path.startswith(self.MACHINE_PATHS)):
            from regie.core.views import method_not_allowed

            page = method_not_allowed(request)
            if response.has_header("Allow"):
                page["Allow"] = response["Allow"]
            return page
        return response
