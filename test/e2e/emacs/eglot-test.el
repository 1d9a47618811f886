;;; eglot-test.el --- Emacs + Eglot against the ICS language server, headless  -*- lexical-binding: t -*-
;; Debian bookworm: emacs-nox 28.2 + elpa-eglot 1.9 (Eglot is built in only from Emacs 29).
;; Adapted from the real-editor recipe (../shared/real-editor/emacs/eglot-test.el).
;;
;; Usage (scripts/e2e/run.sh does this from a fresh copy of the samples):
;;   ICS_SERVER=dist/server.js ICS_RULE=schema ICS_FIX_TITLE='Change to `chair`' \
;;   ICS_LINE_BEFORE='role: chiar' ICS_LINE_AFTER='role: chair' \
;;     emacs --batch -l test/e2e/emacs/eglot-test.el samples/flawed/typo-in-role.yaml
;; Checks: flymake shows the server's diagnostics (rule ids as codes); the rule's quick fix is
;; offered (`eglot-code-actions'), applied as a WorkspaceEdit, and the finding goes.
;; Exits 0 on success, 1 on failure.
;;
;; Batch-mode traps (from the recipe): flymake starts from post-command-hook, which never runs in
;; batch, so call `flymake-start'; Eglot sends didChange from an idle timer, so signal it; and
;; `eglot--apply-workspace-edit' ends with (eldoc), stubbed out here.
(require 'package)
(package-initialize)                    ; activates Debian's /usr/share/emacs/site-lisp/elpa
(require 'eglot)
(require 'flymake)
(require 'cl-lib)

(defun ics-env (name) (or (getenv name) (error "set %s" name)))
(defvar ics-server (ics-env "ICS_SERVER"))
(defvar ics-rule (ics-env "ICS_RULE"))
(defvar ics-fix-title (ics-env "ICS_FIX_TITLE"))
(defvar ics-line-before (ics-env "ICS_LINE_BEFORE"))
(defvar ics-line-after (ics-env "ICS_LINE_AFTER"))
(defvar ics-timeout (string-to-number (or (getenv "LSP_TIMEOUT_S") "30")))
(defvar ics-t0 (float-time))

;; Emacs 28 has no YAML mode: a stand-in major mode is enough for Eglot.
(define-derived-mode ics-yaml-mode prog-mode "YAML" "Stand-in YAML mode.")
(add-to-list 'auto-mode-alist '("\\.ya?ml\\'" . ics-yaml-mode))
(add-to-list 'eglot-server-programs
             `(ics-yaml-mode . (,(or (getenv "NODE_BIN") "node") ,ics-server "--stdio")))
;; answers the server's workspace/configuration requests for the `icsCheck' section
(setq-default eglot-workspace-configuration '((:icsCheck . (:profile "recommended"))))

(defun ics-out (fmt &rest args) (princ (concat (apply #'format fmt args) "\n")))
(defun ics-finish (ok msg)
  (ics-out "%s: %s" (if ok "PASS" "FAIL") msg)
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs (if ok 0 1)))
(defun ics-wait (pred)
  (let ((deadline (+ (float-time) ics-timeout)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall pred)))
(defun ics-diags ()
  (sort (cl-remove-if-not (lambda (d) (eq (flymake-diagnostic-backend d) 'eglot-flymake-backend))
                          (flymake-diagnostics))
        (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))
(defun ics-lsp (d) (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d))))
(defun ics-code (d) (let ((c (plist-get (ics-lsp d) :code))) (if (numberp c) (number-to-string c) c)))
(defun ics-line (d) (line-number-at-pos (flymake-diagnostic-beg d)))
(defun ics-show (diags)
  (dolist (d diags)
    (ics-out "  %d: [%s] %s: %s" (ics-line d) (flymake-diagnostic-type d) (ics-code d)
             (flymake-diagnostic-text d))))

(condition-case err
    (let* ((file (car command-line-args-left))
           target on-target before)
      (setq command-line-args-left nil)
      (find-file file)
      (ics-out "emacs %s, eglot %s, mode %s" emacs-version
               (package-version-join (package-desc-version (cadr (assq 'eglot package-alist)))) major-mode)
      (save-excursion
        (goto-char (point-min))
        (unless (search-forward ics-line-before nil t)
          (ics-finish nil (format "no line containing %S in the sample" ics-line-before)))
        (setq target (line-number-at-pos)))
      (setq on-target (lambda () (cl-find-if (lambda (d) (and (equal (ics-code d) ics-rule) (= (ics-line d) target)))
                                             (ics-diags))))
      (apply #'eglot (eglot--guess-contact))
      (unless (ics-wait (lambda () (eglot-current-server)))
        (ics-finish nil "server did not connect"))
      (flymake-start nil t)
      (unless (ics-wait (lambda () (flymake-start nil t) (funcall on-target)))
        (ics-show (ics-diags))
        (ics-finish nil (format "no %s diagnostic on line %d" ics-rule target)))
      (setq before (length (ics-diags)))
      (ics-out "diagnostics after %.0f ms:" (* 1000 (- (float-time) ics-t0)))
      (ics-show (ics-diags))
      (let* ((d (funcall on-target))
             (actions (eglot-code-actions (flymake-diagnostic-beg d) (flymake-diagnostic-end d) "quickfix"))
             (fix (cl-find-if (lambda (a) (equal (plist-get a :title) ics-fix-title)) actions)))
        (ics-out "code actions: %s" (mapconcat (lambda (a) (plist-get a :title)) actions " | "))
        (unless fix (ics-finish nil (format "quick fix %S not offered" ics-fix-title)))
        (unless (plist-get fix :edit) (ics-finish nil "the quick fix has no edit (Eglot 1.9 cannot resolve code actions)"))
        (cl-letf (((symbol-function 'eldoc) #'ignore))
          (eglot--apply-workspace-edit (plist-get fix :edit)))
        (let ((text (save-excursion (goto-char (point-min)) (forward-line (1- target))
                                    (buffer-substring (line-beginning-position) (line-end-position)))))
          (ics-out "line %d after the fix: %s" target text)
          (unless (string-match-p (regexp-quote ics-line-after) text) (ics-finish nil "edit not applied")))
        (eglot--signal-textDocument/didChange)
        (unless (ics-wait (lambda () (flymake-start nil t) (accept-process-output nil 0.1)
                            (not (funcall on-target))))
          (ics-show (ics-diags))
          (ics-finish nil (format "the %s diagnostic did not go after the fix" ics-rule)))
        (ics-out "diagnostics after the fix: %d (before: %d)" (length (ics-diags)) before)
        (ics-show (ics-diags))
        (unless (< (length (ics-diags)) before) (ics-finish nil "the number of diagnostics did not drop"))
        (ics-finish t (format "diagnostics, code action, edit applied, diagnostics re-published in %.0f ms"
                              (* 1000 (- (float-time) ics-t0))))))
  (error (ics-finish nil (format "error: %S" err))))
