// Regie's own behaviour, kept out of the pages so the Content-Security-Policy can forbid
// inline scripts and event handlers.
//   data-autosubmit on a form field: submit its form when the value changes
//   data-print on a button: open the print dialog
document.addEventListener("change", (event) => {
  const field = event.target.closest("[data-autosubmit]");
  if (field && field.form) field.form.submit();
});
document.addEventListener("click", (event) => {
  if (event.target.closest("[data-print]")) window.print();
});
