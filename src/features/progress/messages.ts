import type { Catalogue } from '../../lib/i18n';

/** The progress page's messages; they load with the page (registerMessages in its route). */
export const progressMessages = {
  fr: {
    'progress.title': 'Votre progression',
    'progress.intro': 'Où vous en êtes dans le cours, et comment garder votre progression.',
    'progress.course.summary': 'Leçons terminées : {completed} sur {total} ({percent} %)',
    'progress.course.bar': 'Avancement du cours',
    'progress.next': 'Leçon suivante conseillée : {title}',
    'progress.allDone': 'Vous avez terminé toutes les leçons du cours. Bravo !',
    'progress.certificate': 'Les trois évaluations sont réussies : voir votre attestation de réussite',
    'progress.rule.title': 'Quand une leçon est-elle terminée ?',
    'progress.rule.text':
      'Une leçon est terminée quand vous la marquez comme terminée, ou quand vous avez réussi chacun de ses quiz et réussi toutes les étapes de chacun de ses labs. Une leçon sans quiz ni lab est terminée quand vous la marquez comme terminée. Une évaluation de module n’est terminée que réussie.',
    'progress.modules.title': 'Détail par module',
    'progress.module.summary': 'Leçons terminées : {completed} sur {total} ({percent} %)',
    'progress.table.lesson': 'Leçon',
    'progress.table.status': 'Statut',
    'progress.table.score': 'Meilleur score du premier coup',
    'progress.table.labs': 'Labs',
    'progress.labs.none': 'Pas de lab',
    'progress.labs.steps': '{title} : {done} sur {total} étapes réussies',
    'progress.table.activity': 'Dernière activité',
    'progress.status.not-started': 'Pas commencée',
    'progress.status.in-progress': 'En cours',
    'progress.status.done': 'Terminée',
    'progress.score.value': '{score} %',
    'progress.score.quizValue': '{quiz} : {score} %',
    'progress.score.quizNone': '{quiz} : pas encore de score',
    'progress.score.none': 'Pas encore de score',
    'progress.score.noQuiz': 'Pas de quiz',
    'progress.activity.never': 'Aucune',
    'progress.storage.title': 'Où est enregistrée votre progression ?',
    'progress.storage.what':
      'Ce qui est enregistré : les leçons visitées et terminées, vos réponses et vos scores aux quiz, les quiz en cours et la dernière page consultée.',
    'progress.storage.where':
      'Où : dans le stockage local (localStorage) de ce navigateur, sur cet appareil seulement. Rien n’est envoyé sur Internet, et un autre navigateur ou un autre appareil ne voit pas cette progression.',
    'progress.storage.erase':
      'Ce qui peut l’effacer : vider les données du site (cookies et données de navigation), une fenêtre de navigation privée (tout y est oublié à sa fermeture), et Safari, qui supprime les données d’un site après 7 jours sans visite. Exportez donc votre progression régulièrement.',
    'progress.storage.status.ok': 'État : la progression est bien enregistrée dans ce navigateur.',
    'progress.storage.status.unavailable':
      'État : le stockage de ce navigateur est indisponible (désactivé, navigation privée ou plein). Votre progression n’est gardée que jusqu’à la fermeture de la page : exportez-la pour la conserver.',
    'progress.storage.status.read-only':
      'État : la progression de ce navigateur a été enregistrée par une version plus récente du cours (format {version}). Cette version l’affiche sans jamais la modifier : ce que vous faites maintenant ne sera pas enregistré.',
    'progress.persistence.granted':
      'Le navigateur a accepté de conserver durablement ces données : il ne les effacera pas de lui-même pour libérer de la place.',
    'progress.persistence.denied':
      'Le navigateur n’a pas garanti la conservation durable de ces données : il pourrait les effacer s’il manque de place. Pensez à exporter.',
    'progress.persistence.unsupported': 'Ce navigateur ne permet pas de demander la conservation durable des données.',
    'progress.persistence.unknown':
      'La conservation durable des données sera demandée au navigateur au premier enregistrement.',
    'progress.export.title': 'Exporter votre progression',
    'progress.export.text':
      'Téléchargez un fichier de sauvegarde (JSON) pour garder votre progression ou la reprendre dans un autre navigateur.',
    'progress.export.button': 'Exporter ma progression',
    'progress.export.done': 'Fichier « {filename} » téléchargé.',
    'progress.export.failed': 'Le téléchargement n’a pas pu démarrer.',
    'progress.import.title': 'Importer une sauvegarde',
    'progress.import.text':
      'Choisissez un fichier exporté depuis ce cours. Il est vérifié avant toute modification, et vous verrez ce qu’il contient avant de décider.',
    'progress.import.label': 'Fichier de progression (.json)',
    'progress.import.reading': 'Lecture du fichier…',
    'progress.import.summary.title': 'Contenu du fichier',
    'progress.import.summary.date': 'Date : {date}',
    'progress.import.summary.noDate': 'Date : inconnue',
    'progress.import.summary.lessonsVisited': 'Leçons visitées : {n}',
    'progress.import.summary.lessonsCompleted': 'Leçons terminées : {n}',
    'progress.import.summary.quizzes': 'Quiz terminés : {n}',
    'progress.import.summary.attempts': 'Tentatives de quiz : {n}',
    'progress.import.choice': 'Que faire de ce fichier ?',
    'progress.import.merge': 'Fusionner',
    'progress.import.mergeHelp':
      'Fusionner : ajoute le contenu du fichier à votre progression actuelle, sans baisser aucun score ni retirer aucune leçon terminée.',
    'progress.import.replace': 'Remplacer',
    'progress.import.replaceHelp': 'Remplacer : votre progression actuelle est remplacée par celle du fichier.',
    'progress.import.cancel': 'Annuler',
    'progress.import.merged': 'Le fichier a été fusionné avec votre progression.',
    'progress.import.replaced': 'Votre progression a été remplacée par celle du fichier.',
    'progress.import.cancelled': 'Import annulé : rien n’a changé.',
    'progress.import.untouched': 'Votre progression actuelle n’a pas été modifiée.',
    'progress.import.error.too-large':
      'Ce fichier est trop volumineux (plus de 5 Mo) pour être une sauvegarde de progression.',
    'progress.import.error.empty': 'Ce fichier est vide.',
    'progress.import.error.not-json':
      'Ce fichier n’est pas au format JSON : ce n’est pas une sauvegarde de progression.',
    'progress.import.error.truncated':
      'Ce fichier est incomplet (tronqué) : il a sans doute été mal copié ou mal téléchargé.',
    'progress.import.error.hostile':
      'Ce fichier contient des clés interdites (« __proto__ », « constructor » ou « prototype ») : il a été refusé par sécurité.',
    'progress.import.error.not-ours': 'Ce fichier ne vient pas de ce cours : ce n’est pas une sauvegarde cours-docker.',
    'progress.import.error.newer-version':
      'Ce fichier a été créé par une version plus récente du cours : rechargez la page pour obtenir la dernière version, puis réessayez.',
    'progress.import.error.invalid':
      'Ce fichier ressemble à une sauvegarde de ce cours, mais son contenu n’est pas valide.',
    'progress.import.error.unreadable': 'Ce fichier n’a pas pu être lu.',
    'progress.readOnly.actions':
      'L’import et l’effacement sont indisponibles : la progression de ce navigateur vient d’une version plus récente du cours, et cette version n’y touche pas.',
    'progress.reset.title': 'Recommencer à zéro',
    'progress.reset.text': 'Efface toute votre progression dans ce navigateur. Vous pourrez d’abord l’exporter.',
    'progress.reset.button': 'Effacer ma progression…',
    'progress.reset.dialogTitle': 'Effacer toute votre progression ?',
    'progress.reset.dialogText':
      'Les leçons terminées, les scores et les quiz en cours seront effacés de ce navigateur, définitivement. Exportez d’abord votre progression si vous voulez pouvoir la retrouver.',
    'progress.reset.exportFirst': 'Exporter d’abord',
    'progress.reset.confirm': 'Tout effacer',
    'progress.reset.cancel': 'Annuler',
    'progress.reset.done': 'Votre progression a été effacée.',
    'progress.corrupt.title': 'Données illisibles mises de côté',
    'progress.corrupt.text':
      'Des données de progression de ce navigateur étaient illisibles. Elles ont été mises de côté telles quelles, et le cours est reparti d’une progression vide. Vous pouvez les télécharger, par exemple pour les transmettre à votre formateur.',
    'progress.corrupt.download': 'Télécharger les données du {date}',
    'progress.corrupt.delete': 'Supprimer la copie du {date}',
    'progress.corrupt.downloadUnsaved': 'Télécharger les données illisibles',
    'progress.corrupt.unsaved':
      'Le stockage étant plein, ces données n’ont pas pu être mises de côté : téléchargez-les avant de fermer la page.',
  },
  en: {
    'progress.title': 'Your progress',
    'progress.intro': 'Where you are in the course, and how to keep your progress.',
    'progress.course.summary': 'Lessons completed: {completed} of {total} ({percent}%)',
    'progress.course.bar': 'Course progress',
    'progress.next': 'Suggested next lesson: {title}',
    'progress.allDone': 'You have completed every lesson of the course. Well done!',
    'progress.certificate': 'All three assessments are passed: see your certificate of completion',
    'progress.rule.title': 'When is a lesson completed?',
    'progress.rule.text':
      'A lesson is completed when you mark it as done, or when you have passed each of its quizzes and every step of each of its labs. A lesson without a quiz or lab is completed when you mark it as done. A module assessment is completed only once passed.',
    'progress.modules.title': 'By module',
    'progress.module.summary': 'Lessons completed: {completed} of {total} ({percent}%)',
    'progress.table.lesson': 'Lesson',
    'progress.table.status': 'Status',
    'progress.table.score': 'Best first-try score',
    'progress.table.labs': 'Labs',
    'progress.labs.none': 'No lab',
    'progress.labs.steps': '{title}: {done} of {total} steps done',
    'progress.table.activity': 'Last activity',
    'progress.status.not-started': 'Not started',
    'progress.status.in-progress': 'In progress',
    'progress.status.done': 'Completed',
    'progress.score.value': '{score}%',
    'progress.score.quizValue': '{quiz}: {score}%',
    'progress.score.quizNone': '{quiz}: no score yet',
    'progress.score.none': 'No score yet',
    'progress.score.noQuiz': 'No quiz',
    'progress.activity.never': 'None',
    'progress.storage.title': 'Where is your progress saved?',
    'progress.storage.what':
      'What is saved: the lessons you visited and completed, your quiz answers and scores, quizzes in progress and the last page you viewed.',
    'progress.storage.where':
      'Where: in this browser’s local storage (localStorage), on this device only. Nothing is sent over the Internet, and another browser or device does not see this progress.',
    'progress.storage.erase':
      'What can erase it: clearing the site’s data (cookies and browsing data), a private window (everything is forgotten when it closes), and Safari, which deletes a site’s data after 7 days without a visit. So export your progress regularly.',
    'progress.storage.status.ok': 'Status: your progress is saved in this browser.',
    'progress.storage.status.unavailable':
      'Status: this browser’s storage is unavailable (disabled, private mode or full). Your progress is only kept until the page is closed: export it to keep it.',
    'progress.storage.status.read-only':
      'Status: the progress in this browser was saved by a newer version of the course (format {version}). This version shows it without ever changing it: what you do now will not be saved.',
    'progress.persistence.granted':
      'The browser agreed to keep this data durably: it will not delete it on its own to free space.',
    'progress.persistence.denied':
      'The browser did not guarantee to keep this data durably: it may delete it when space runs low. Remember to export.',
    'progress.persistence.unsupported': 'This browser cannot be asked to keep the data durably.',
    'progress.persistence.unknown': 'Durable storage will be requested from the browser at the first save.',
    'progress.export.title': 'Export your progress',
    'progress.export.text': 'Download a backup file (JSON) to keep your progress or continue in another browser.',
    'progress.export.button': 'Export my progress',
    'progress.export.done': 'File “{filename}” downloaded.',
    'progress.export.failed': 'The download could not start.',
    'progress.import.title': 'Import a backup',
    'progress.import.text':
      'Choose a file exported from this course. It is checked before anything changes, and you will see what it holds before you decide.',
    'progress.import.label': 'Progress file (.json)',
    'progress.import.reading': 'Reading the file…',
    'progress.import.summary.title': 'What the file holds',
    'progress.import.summary.date': 'Date: {date}',
    'progress.import.summary.noDate': 'Date: unknown',
    'progress.import.summary.lessonsVisited': 'Lessons visited: {n}',
    'progress.import.summary.lessonsCompleted': 'Lessons completed: {n}',
    'progress.import.summary.quizzes': 'Quizzes finished: {n}',
    'progress.import.summary.attempts': 'Quiz attempts: {n}',
    'progress.import.choice': 'What should be done with this file?',
    'progress.import.merge': 'Merge',
    'progress.import.mergeHelp':
      'Merge: adds the file’s content to your current progress, without lowering any score or removing any completed lesson.',
    'progress.import.replace': 'Replace',
    'progress.import.replaceHelp': 'Replace: your current progress is replaced by the file’s.',
    'progress.import.cancel': 'Cancel',
    'progress.import.merged': 'The file was merged into your progress.',
    'progress.import.replaced': 'Your progress was replaced by the file’s.',
    'progress.import.cancelled': 'Import cancelled: nothing changed.',
    'progress.import.untouched': 'Your current progress was not changed.',
    'progress.import.error.too-large': 'This file is too large (over 5 MB) to be a progress backup.',
    'progress.import.error.empty': 'This file is empty.',
    'progress.import.error.not-json': 'This file is not JSON: it is not a progress backup.',
    'progress.import.error.truncated':
      'This file is incomplete (truncated): it was probably badly copied or downloaded.',
    'progress.import.error.hostile':
      'This file contains forbidden keys (“__proto__”, “constructor” or “prototype”): it was refused for safety.',
    'progress.import.error.not-ours': 'This file does not come from this course: it is not a cours-docker backup.',
    'progress.import.error.newer-version':
      'This file was made by a newer version of the course: reload the page to get the latest version, then try again.',
    'progress.import.error.invalid': 'This file looks like a backup of this course, but its content is not valid.',
    'progress.import.error.unreadable': 'This file could not be read.',
    'progress.readOnly.actions':
      'Import and erasing are unavailable: the progress in this browser comes from a newer version of the course, and this version leaves it alone.',
    'progress.reset.title': 'Start again from scratch',
    'progress.reset.text': 'Erases all your progress in this browser. You can export it first.',
    'progress.reset.button': 'Erase my progress…',
    'progress.reset.dialogTitle': 'Erase all your progress?',
    'progress.reset.dialogText':
      'Completed lessons, scores and quizzes in progress will be erased from this browser, for good. Export your progress first if you want to be able to get it back.',
    'progress.reset.exportFirst': 'Export first',
    'progress.reset.confirm': 'Erase everything',
    'progress.reset.cancel': 'Cancel',
    'progress.reset.done': 'Your progress was erased.',
    'progress.corrupt.title': 'Unreadable data set aside',
    'progress.corrupt.text':
      'Some progress data in this browser was unreadable. It was set aside as it was, and the course started again from empty progress. You can download it, for instance to send it to your instructor.',
    'progress.corrupt.download': 'Download the data from {date}',
    'progress.corrupt.delete': 'Delete the copy from {date}',
    'progress.corrupt.downloadUnsaved': 'Download the unreadable data',
    'progress.corrupt.unsaved':
      'Storage being full, this data could not be set aside: download it before closing the page.',
  },
} satisfies Catalogue;
